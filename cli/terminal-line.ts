/**
 * One line of progress on a terminal: overwritten as the work goes on, and cleared before anything else
 * is printed, so that it never mixes with the output. Off a terminal there is no line (`on` gives
 * undefined) and nothing is written.
 */
export class TerminalLine {
  private drawn = false;

  private constructor(private readonly stream: NodeJS.WritableStream) {}

  static on(stream: NodeJS.WritableStream): TerminalLine | undefined {
    return (stream as NodeJS.WriteStream).isTTY === true ? new TerminalLine(stream) : undefined;
  }

  /** Replaces the line with `text`, cut to the terminal's width. */
  show(text: string): void {
    const width = ((this.stream as NodeJS.WriteStream).columns || 100) - 1;
    this.stream.write(`\r\x1b[K${text.slice(0, width)}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }
}
