import Glibc
import MiniPython
import TextPlot

extension LineREPL {
  /// Runs the plain REPL on a MiniPython session: `backprop repl`.
  ///
  /// Expressions echo their value, `print` writes to stdout, plots are drawn as text at
  /// `plotWidth` x `plotHeight`, errors print Python's traceback; blocks follow
  /// `Session.needsMoreInput`, completion the session's names, Ctrl-C raises its interrupt flag.
  public static func run(
    session: Session, historyPath: String?, plotWidth: Int = 80, plotHeight: Int = 20
  ) {
    // Colour only on a terminal, as the environment allows (NO_COLOR, TERM, COLORTERM).
    let environment = ["TERM", "COLORTERM", "NO_COLOR"].reduce(into: [String: String]()) { table, name in
      table[name] = getenv(name).map { String(cString: $0) }
    }
    let plotMode = isatty(STDOUT_FILENO) == 1 ? ColorMode.detect(environment: environment) : .monochrome
    run(
      historyPath: historyPath,
      evaluate: { source in
        for output in session.evaluateInteractive(source).outputs {
          switch output {
          case .text(let text): print(text, terminator: "")
          case .plot(let plot):
            let grid = plot.render(width: plotWidth, height: plotHeight, mode: plotMode)
            (plotMode.hasColor ? grid.ansiLines(mode: plotMode) : grid.lines).forEach { print($0) }
            print(plot.summary)
          case .diagnostic(let error): print(error.description)
          }
        }
      },
      isComplete: { !Session.needsMoreInput($0) },
      complete: { session.completions(for: $0).candidates },
      interrupt: session.interrupt)
  }
}
