import Foundation

/// Timing helpers: repeat a piece of work until a time budget is spent, keep the median round.
enum Timing {
  /// Which clock measures a round.
  enum Clock: String { case wall, cpu }

  /// `wall` by default; `--cpu-time` measures the process's CPU time instead, which a busy machine
  /// disturbs much less (for single-threaded figures only).
  nonisolated(unsafe) static var clock = Clock.wall

  /// Whether a case reports its fastest round rather than the median (`--fastest`): on a machine
  /// others are using, the fastest round is the one they disturbed least.
  nonisolated(unsafe) static var fastest = false

  /// Seconds on the chosen clock.
  static func now() -> Double {
    var t = timespec()
    clock_gettime(clock == .wall ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }

  static func measure(_ body: () -> Void) -> Double {
    let start = now()
    body()
    return now() - start
  }

  /// Seconds per call of `body`: the median of `rounds` rounds, each repeating `body` until about
  /// `budget` seconds have passed (after one warm-up call).
  static func secondsPerCall(rounds: Int = 5, budget: Double = 0.05, _ body: () -> Void) -> Double {
    body()
    var calls = 1
    // Find a repeat count that fills the budget.
    while true {
      let elapsed = measure { for _ in 0..<calls { body() } }
      if elapsed >= budget / 4 || calls >= 1 << 24 {
        calls = Swift.max(1, Int(Double(calls) * budget / Swift.max(elapsed, 1e-9)))
        break
      }
      calls *= 4
    }
    var samples = [Double]()
    for _ in 0..<rounds {
      samples.append(measure { for _ in 0..<calls { body() } } / Double(calls))
    }
    return samples.sorted()[fastest ? 0 : rounds / 2]
  }
}

/// A small deterministic generator for benchmark data (SplitMix64), uniform in [-1, 1).
struct SplitMix {
  var state: UInt64
  mutating func next() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(1 << 52) - 1
  }
  mutating func array(_ count: Int) -> [Double] { (0..<count).map { _ in next() } }
}
