import Synchronization

/// Something a running script shows: text, a plot, or an error.
///
/// The interpreter never prints; it hands outputs to a sink, so the notebook, the line REPL and
/// `backprop run` share it.
public enum Output: Sendable {
  /// Text written by `print` (including its line ending).
  case text(String)
  /// A figure from `plt.show()`.
  case plot(any PlotOutput)
  /// An error or warning for the learner.
  case diagnostic(ScriptError)
}

/// A figure a script produced, drawn by TextPlot (`matplotlib.pyplot` implements it).
public protocol PlotOutput: Sendable {
  /// A one-line text summary (for screen readers, logs and tests).
  var summary: String { get }
  /// The figure drawn into `width` x `height` character cells, one string per row.
  func render(width: Int, height: Int) -> [String]
}

/// A flag another thread raises to interrupt a running script (Ctrl-C → `KeyboardInterrupt`).
///
/// The interpreter checks it at every loop iteration and call.
public final class InterruptFlag: Sendable {
  private let raised = Atomic<Bool>(false)

  public init() {}

  /// Asks the running script to stop.
  public func raise() { raised.store(true, ordering: .relaxed) }

  /// Clears the flag (done by the session before each run).
  public func reset() { raised.store(false, ordering: .relaxed) }

  /// Whether an interrupt was requested.
  public var isRaised: Bool { raised.load(ordering: .relaxed) }
}
