/// One piece of what running code produced, as the interpreter returns it (it never prints).
public enum OutputItem: Sendable, Equatable {
  /// Printed text, possibly several lines.
  case text(String)
  /// An error message or traceback, shown in the error style.
  case error(String)
  /// A plot, drawn at the width of the pane showing it.
  case figure(FigureView)
}
