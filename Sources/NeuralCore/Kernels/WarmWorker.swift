import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A second thread kept warm for splitting one product in two.
///
/// Waking a Dispatch worker costs tens of microseconds, as long as a whole 128³ product on one
/// core (about 37 µs), so a split that size used to lose. Like OpenBLAS's threads, this one spins
/// for a while after each job (about 100 µs) before it sleeps on a semaphore, so a product that
/// follows another finds it awake: the hand-over is a store and a load.
///
/// One job at a time: a caller that finds the worker busy (another thread's product) gets `false`
/// and runs both halves itself.
final class WarmWorker: Sendable {
  static let shared = WarmWorker()

  /// 0: no job; 1: a job is posted; 2: the job is done.
  private let state = Atomic<Int>(0)
  /// Whether a caller holds the worker.
  private let busy = Atomic<Bool>(false)
  /// Whether the worker is (about to be) blocked on `wake`.
  private let sleeping = Atomic<Bool>(false)
  private let wake = DispatchSemaphore(value: 0)
  /// The posted job; written by the caller holding `busy` before `state` becomes 1, read by the
  /// worker after it sees 1.
  private let job = Mutex<(@Sendable () -> Void)?>(nil)

  /// Spins of the waiting loops before the worker sleeps (about 100 µs).
  private static let spinLimit = 100_000

  private init() {
    let context = Unmanaged.passRetained(self).toOpaque()  // the worker lives as long as the process
    var thread = pthread_t()
    let started = pthread_create(
      &thread, nil,
      { context in
        Unmanaged<WarmWorker>.fromOpaque(context!).takeUnretainedValue().loop()
        return nil
      }, context)
    if started == 0 { pthread_detach(thread) } else { busy.store(true, ordering: .sequentiallyConsistent) }
  }

  /// Runs `first` on the worker and `second` on the calling thread, and returns when both are
  /// done; false (having run neither) when the worker is taken.
  func run(_ first: @Sendable () -> Void, _ second: () -> Void) -> Bool {
    guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return false }
    withoutActuallyEscaping(first) { first in
      // The worker drops the job before it reports done, so it never outlives this call.
      job.withLock { $0 = first }
      state.store(1, ordering: .sequentiallyConsistent)
      if sleeping.load(ordering: .sequentiallyConsistent) { wake.signal() }
      second()
      while state.load(ordering: .acquiring) != 2 {}
    }
    state.store(0, ordering: .relaxed)
    busy.store(false, ordering: .releasing)
    return true
  }

  private func loop() {
    while true {
      var spins = 0
      while state.load(ordering: .sequentiallyConsistent) != 1 {
        spins += 1
        if spins < WarmWorker.spinLimit { continue }
        sleeping.store(true, ordering: .sequentiallyConsistent)
        if state.load(ordering: .sequentiallyConsistent) != 1 { wake.wait() }
        sleeping.store(false, ordering: .sequentiallyConsistent)
        spins = 0
      }
      do {  // the job is released before it is reported done (see `run`)
        let work = job.withLock { work in
          defer { work = nil }
          return work
        }
        work?()
      }
      state.store(2, ordering: .releasing)
    }
  }
}
