// What a CLI command may touch, passed in so tests can run a command in-process and read its output.
export interface CliIO {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
}

/** A command reads its own flags and returns the process exit code: 0 pass, 1 policy failure, 2 error. */
export type Command = (argv: string[], io: CliIO) => Promise<number>
