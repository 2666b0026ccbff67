import ArgumentParser
import Dispatch
import Glibc
import MiniPython

/// `backprop run FILE.py [ARGS...]`: runs a script, printing its output and plots as text.
struct RunScript: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a Python script on Backprop's core and print its output and plots.",
    discussion: "Exit status 1, with the traceback on standard error, when the script raises.")

  @Argument(help: "The script to run.") var file: String
  @Argument(parsing: .captureForPassthrough, help: "Arguments for the script (sys.argv[1:]).")
  var scriptArguments: [String] = []
  @OptionGroup var display: DisplayOptions

  mutating func run() throws {
    let source = try readTextFile(file)
    let printer = OutputPrinter(display: display.resolved())
    let session = Session(output: { printer.print($0) })
    let interrupts = InterruptForwarder(to: session.interrupt)
    defer { interrupts.stop() }
    let result = session.run(source: source, fileName: file)
    if result.error != nil { throw ExitCode(1) }
  }
}

/// Raises a session's interrupt flag when the learner presses Ctrl-C, instead of ending the process.
final class InterruptForwarder {
  private let source: any DispatchSourceSignal

  init(to flag: InterruptFlag) {
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler { flag.raise() }
    source.resume()
  }

  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}
