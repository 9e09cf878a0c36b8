import { ErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * Where the server is in the LSP lifecycle: before `initialize` every request is answered
 * ServerNotInitialized (-32002), after `shutdown` InvalidRequest (-32600), as the specification
 * says; `initialize` itself is accepted once. The request runner asks it before every handler.
 */
export class Lifecycle {
  private state: 'new' | 'running' | 'shut-down' = 'new';

  get initialized(): boolean {
    return this.state !== 'new';
  }

  get shutDown(): boolean {
    return this.state === 'shut-down';
  }

  markInitialized(): void {
    if (this.state === 'new') this.state = 'running';
  }

  markShutDown(): void {
    this.state = 'shut-down';
  }

  /** The error a request gets in the current state, or undefined when it may run. */
  refusal(): ResponseError<void> | undefined {
    if (this.state === 'new') return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized yet: send initialize first.');
    if (this.state === 'shut-down') return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down: only the exit notification is accepted.');
    return undefined;
  }
}
