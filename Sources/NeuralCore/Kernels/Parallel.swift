import Dispatch

/// Runs independent pieces of work on the machine's cores.
enum Parallel {
  /// Calls `body(i)` for `i` in `0..<count`, concurrently, and returns when all have finished.
  static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
    if count == 1 { return body(0) }
    DispatchQueue.concurrentPerform(iterations: count, execute: body)
  }
}
