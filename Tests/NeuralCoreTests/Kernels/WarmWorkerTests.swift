import Dispatch
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization
import Testing

@testable import NeuralCore

/// `Parallel.run(2)` on the warm worker: both halves run, once each, before it returns, whether
/// the worker is free, woken from sleep, or taken by another thread's split.
@Suite struct WarmWorkerTests {
  @Test func everySplitRunsBothHalvesOnceBeforeReturning() {
    let counts = Mutex([Int](repeating: 0, count: 2))
    for _ in 0..<2000 {
      Parallel.run(2) { part in counts.withLock { $0[part] += 1 } }
    }
    #expect(counts.withLock { $0 } == [2000, 2000])
  }

  @Test func aSplitAfterTheWorkerSleptStillRuns() {
    let done = Atomic<Int>(0)
    Parallel.run(2) { _ in done.add(1, ordering: .relaxed) }
    usleep(5_000)  // long past the worker's spinning: it waits on its semaphore
    Parallel.run(2) { _ in done.add(1, ordering: .relaxed) }
    #expect(done.load(ordering: .relaxed) == 4)
  }

  @Test func concurrentCallersEachGetBothHalves() {
    let totals = Mutex([Int](repeating: 0, count: 8))
    DispatchQueue.concurrentPerform(iterations: 8) { caller in
      for _ in 0..<300 {
        Parallel.run(2) { part in totals.withLock { $0[caller] += part + 1 } }
      }
    }
    #expect(totals.withLock { $0 } == [Int](repeating: 900, count: 8))
  }
}
