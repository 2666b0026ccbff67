import Dispatch

/// This machine's FP64 peak, estimated from a loop of independent fused multiply-adds.
///
/// Twelve vector accumulators hide the FMA latency (4 cycles at two FMAs a cycle needs at least 8
/// chains), so the loop runs at the core's FMA throughput: 16 flops a cycle with AVX2 on two
/// 256-bit units, 32 with AVX-512 on a core with two 512-bit units (Zen 5; Zen 4 splits them). Built without FMA (the portable baseline), each lane is a library call and the
/// figure collapses, which is how the runner tells which build it measures.
enum Peak {
  /// GFLOP/s of the FMA loop on `threads` cores at once.
  static func gigaflops(threads: Int) -> Double {
    let iterations = 20_000_000
    let seconds = Timing.secondsPerCall(rounds: 3, budget: 0.2) {
      DispatchQueue.concurrentPerform(iterations: threads) { index in
        sink(fmaLoop(iterations, seed: Double(index) + 1e-3))
      }
    }
    return Double(threads * iterations * 12 * lanes * 2) / seconds / 1e9
  }

  #if BACKPROP_AVX512
    static let lanes = 8
  #else
    static let lanes = 4
  #endif

  @inline(never)
  static func fmaLoop(_ iterations: Int, seed: Double) -> Double {
    #if BACKPROP_AVX512
      typealias V = SIMD8<Double>
    #else
      typealias V = SIMD4<Double>
    #endif
    let x = V(repeating: 0.999_999_9), y = V(repeating: seed)
    var a0 = V(repeating: seed), a1 = a0 + 1, a2 = a0 + 2, a3 = a0 + 3, a4 = a0 + 4, a5 = a0 + 5
    var a6 = a0 + 6, a7 = a0 + 7, a8 = a0 + 8, a9 = a0 + 9, a10 = a0 + 10, a11 = a0 + 11
    for _ in 0..<iterations {
      a0 = y.addingProduct(a0, x); a1 = y.addingProduct(a1, x); a2 = y.addingProduct(a2, x)
      a3 = y.addingProduct(a3, x); a4 = y.addingProduct(a4, x); a5 = y.addingProduct(a5, x)
      a6 = y.addingProduct(a6, x); a7 = y.addingProduct(a7, x); a8 = y.addingProduct(a8, x)
      a9 = y.addingProduct(a9, x); a10 = y.addingProduct(a10, x); a11 = y.addingProduct(a11, x)
    }
    return (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11).sum()
  }

  @inline(never) static func sink(_ value: Double) {
    if value == 42.4242 { print("") }
  }
}
