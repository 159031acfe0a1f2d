// A small vocabulary of English and programming words. It tells names built from words
// (`ChatCompletionChoiceFinishReason`) from random keys, and trains the letter-bigram model that judges
// words it does not list. Lowercase, space-separated; order does not matter. Keep it small: the bigram
// model covers the long tail.

const WORDS = `
a about above abort abstract accept access account accounts action actions active activity adapter add added
address admin advanced after agent agents aggregate ai alert alias all allow allowed alpha already also alter
always amount analysis analytics and annotation annotations anonymous answer any api apis app append apple
application apply approval archive archived area args argument arguments array arrays article as ascending ask
assert asset assets assistant assistants async at attach attached attachment attribute attributes audio audit auth
authentication authorization author auto automatic available await azure back backend background backup bad
balance bar base basic batch batches bearer before begin behavior beta between big billing binary bind bit bits
block blocks blob blue body bool boolean boot bottom bound box branch break browser bucket buffer build builder
built bulk bundle business button by byte bytes cache cached calendar call callback called calls can cancel
cancelled capabilities capability capacity card case catalog category cell center certificate chain change
changed changes channel char character characters chart chat check checked checkpoint checkpoints child children
choice choices chunk chunks circle city class classes classification classifier classifiers classify clean clear
cli click client clients clock clone close closed cloud cluster code codes collection collections color column
columns command commands comment comments commit common community compact company compare compatible compiler
complete completed completion completions complex component components compose compute condition conditions
config configuration configure confirm conflict connect connection connector console const constant constraint
consumer contact container containers content contents context continue contract control controller conversation
conversations convert cookie copy core cost count counter country cpu create created creator credential
credentials credit cron crypto csv current cursor custom customer cycle daily dashboard data database dataset
datasets date day days debug decimal decision decode default defaults define definition delay delete deleted
delta deploy deployment depth description descriptor design desktop destination detail details detect detection
dev device dialog dict dictionary diff digest dimension dimensions direct direction directory disable disabled
discount disk dispatch display distance do doc docs document documents domain done double down download draft
drive driver drop due duration dynamic each edge edit editor effect element elements else email embed embedding
embeddings empty enable enabled encode encoding end endpoint endpoints engine enter entities entity entries entry
enum env environment equal error errors evaluation event events every exact example exception exchange execute
execution exists exit expand expected expire expired expires explain export expression extended extension external
extra extract factory fail failed failure false fast feature features feed fetch field fields file files filter
filters final find fine finish finished first fix flag flags float flow focus folder follow font for force form
format formatted forward found frame free frequency from front full function functions gateway general generate
generated generation generator generic get github global go good graph green grid group groups guard guide
handle handler handlers handoff handoffs has hash head header headers health height hello help helper hidden high
history hold home hook hooks host hour http https hub human hyper hyperparameters icon id identifier identity
ids if ignore image images import in inbound include index info information inherit init initial inline input
inputs insert inspect install instance instruct instruction instructions int integer integration integrations
interface internal interval into invalid invoice is issue issues item items iterator job jobs join json jwt keep
key keys kind label labels language large last latest layer layout leaf left legacy length level library
libraries license limit limits line lines link links list listener literal live load loader local location lock
log logger login logout logs long lookup loop low machine main manager map mapping mark marker master match
max media medium member members memory menu merge message messages meta metadata method methods metric metrics
middleware min mini minute missing mode model models moderation module monitor month more move multi multiple
mutation name named names native navigation network new next node nodes none normal not note notification
notifications null number object objects of offset old on one only open operation operations operator option
optional options or order orders org organization origin other out outbound output outputs over overflow owner
package page pages paginated pagination panel param parameter parameters params parent parse parser part partial
parts pass password patch path pattern pause payload payment pending permission permissions phase phone pipeline
place plain plan platform plugin point policy pool port position post power prediction prefix preview previous
price primary print priority private process processing processor product profile progress project projects
prompt properties property protocol provider proxy public publish pull push query queue quick quota random range
rate raw read reader ready reason receive record records red redirect reference references refresh region
register registry reject release remote remove render replace reply report repository request requests required
reset resolve resource resources response responses rest restart result results retrieve retry return review
revision right role roles root route router routes row rule rules run runner running runtime safe sample sampling
save scale schedule schema scope score screen script search second secret section security segment segments select
selector send sequence serial server service services session set setting settings setup shape share shared
short show sign signal signature signed simple single size skip slot small snapshot socket sort source space span
spec special speech split start started state static stats status step stop storage store strategy stream
streaming string strings struct structure style sub submit subscription success suffix summary supported
switch symbol sync system table tag tags target task tasks template temporary term test text theme thread
threshold time timeout timestamp timestamps title to today token tokens tool tools top topic total trace track
train training transaction transcription transform transport tree trigger true tuning type types ui unarchive
under unique unit unknown unlock update updated upload uploaded uri url usage use user users util utils uuid valid
validate validation validator value values variable variant vector version view virtual visible voice void wait
wandb warning watch web webhook weight weights when while width window with word work worker workflow workspace
write writer xml year yes zone
advisory alpha bar baz cve enterprise foo gamma gpg gizmo mistral mixtral openai qux ssh tenant vulnerability
widget zeta llama lang chain judge campaign
`

// Short forms and acronyms that appear inside names (`HttpV1Params`, `OcrPageDimensions`).
const ABBREVIATIONS = `
abs acc acl addr alg alloc amt arg arr attr auth avg bg bin btn buf calc cb cfg cmd cnt col conf conn ctx ctrl
cur db dbg dec def del desc dest dev diag dir dist doc dom dst dto el enc env eq err evt exe exp expr ext fim fmt
fn fs ft func gen gpu hdr hex html idx img impl in inc info init io ip iso js jsonl kb lang lib llm ln loc lte
max mb md mgr min misc mod msg mut nav num obj ocr op opt opts os pdf pkg png pos pre prev proc prod prop props
ptr pwd qa rag ref refs reg rem repo req res resp ret rpc rx sdk sec seq sql src srv ssl std str sts svc svg
sys tbl tcp tls tmp ts tts tx txt ui url usr utf val var vec ver vm ws www xhr yml
`

export const WORD_LIST: ReadonlySet<string> = new Set(
  `${WORDS} ${ABBREVIATIONS}`.split(/\s+/).filter((word) => word.length > 0),
)

/** Words a placeholder spells out; a candidate containing one in a natural case is not a key. */
export const PLACEHOLDER_WORDS: readonly string[] = [
  'example',
  'sample',
  'placeholder',
  'changeme',
  'dummy',
  'redacted',
  'replace',
  'insert',
  'your',
  'test',
  'fake',
  'mock',
]
