/** A problem with user input (config, baseline, flags): exit 2, and the message names file and field. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
