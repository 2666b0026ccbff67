import Synchronization
import TextPlot

/// Something a running script shows: text, a plot, or an error.
///
/// The interpreter never prints; it hands outputs to a sink, so the notebook, the line REPL and
/// `backprop run` share it.
public enum Output: Sendable {
  /// Text written by `print` (including its line ending).
  case text(String)
  /// A figure from `plt.show()` (or left open at the end of a run), drawn by the host at its
  /// own size and colour mode with `render(width:height:mode:)`, with `summary` under it.
  case plot(PlotFigure)
  /// An error or warning for the learner.
  case diagnostic(ScriptError)
  /// Training progress after a batch of `model.fit`: the host draws it in place (a progress
  /// bar and live loss curve), it is never part of the printed text.
  case progress(TrainingProgress)
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
