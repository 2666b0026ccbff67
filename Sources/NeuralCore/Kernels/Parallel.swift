import Dispatch

/// Runs independent pieces of work on the machine's cores: two on the calling thread and the warm
/// worker when it is free, otherwise on Dispatch's threads.
///
/// Public so that numpy's element-wise loops split over the same warm thread as the matrix
/// products: on two cores, a Dispatch thread woken beside a spinning worker would wait for it.
public enum Parallel {
  /// Calls `body(i)` for `i` in `0..<count`, concurrently, and returns when all have finished.
  public static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
    if count == 1 { return body(0) }
    if count == 2, WarmWorker.shared.run({ body(1) }, { body(0) }) { return }
    DispatchQueue.concurrentPerform(iterations: count, execute: body)
  }
}
