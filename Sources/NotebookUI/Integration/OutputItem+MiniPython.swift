import MiniPython

extension OutputItem {
  /// What the interpreter handed its sink, as the notebook shows it: printed text, a figure at
  /// the pane's width, or the Python-style error text (traceback, `TypeError: …`, `help:` line).
  public init(_ output: Output) {
    switch output {
    case .text(let text): self = .text(text)
    case .plot(let plot): self = .figure(FigureView(plot))
    case .diagnostic(let error): self = .error(error.description)
    case .progress(let progress): self = .text(progress.header + " " + progress.line() + "\n")
    }
  }
}
