// PLACEHOLDER: the action helper wires settings -> scan -> reports here.
export async function run(): Promise<void> {
  process.stderr.write('mistral-guard action: not implemented yet\n')
  process.exitCode = 2
}
