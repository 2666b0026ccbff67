import NeuralCore

/// The matrix products the runner times: square sizes, then the course's skinny shapes.
struct MatmulCase {
  var name: String
  var m, k, n: Int

  var flops: Double { 2 * Double(m) * Double(n) * Double(k) }

  static let all: [MatmulCase] =
    [64, 128, 256, 512, 1024].map { MatmulCase(name: "\($0)x\($0) @ \($0)x\($0)", m: $0, k: $0, n: $0) } + [
      MatmulCase(name: "L-layer first layer (20x12288)@(12288x209)", m: 20, k: 12288, n: 209),
      MatmulCase(name: "its input gradient (12288x20)@(20x209)", m: 12288, k: 20, n: 209),
      MatmulCase(name: "logistic w.T@X (1x12288)@(12288x209)", m: 1, k: 12288, n: 209),
      MatmulCase(name: "logistic X@dz.T (12288x209)@(209x1)", m: 12288, k: 209, n: 1),
      MatmulCase(name: "planar layer (4x2)@(2x400)", m: 4, k: 2, n: 400),
      MatmulCase(name: "planar dW (4x400)@(400x2)", m: 4, k: 400, n: 2),
      MatmulCase(name: "RNN step (50x50)@(50x1)", m: 50, k: 50, n: 1),
    ]

  /// Seconds per product through `GEMM`, allocating the result each call as the notebook's
  /// `numpy` does (uninitialised, written with `β = 0`, like numpy's `np.empty` result).
  func swiftSeconds(threads: Int) -> Double {
    var random = SplitMix(state: UInt64(m * 7 + n))
    let a = random.array(m * k), b = random.array(k * n)
    return Timing.secondsPerCall {
      let c = [Double](unsafeUninitializedCapacity: m * n) { buffer, initialized in
        GEMM.multiply(
          m: m, n: n, k: k, a: a, lda: k, b: b, ldb: n, c: buffer.baseAddress!, ldc: n, threads: threads)
        initialized = m * n
      }
      Peak.sink(c[0])
    }
  }
}
