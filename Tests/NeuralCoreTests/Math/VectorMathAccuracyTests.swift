#if canImport(Glibc) && arch(x86_64)
  import Glibc
  import NeuralCore
  import Testing

  /// `VectorMath` against the correctly rounded result: `long double` (`Float80`, 11 more bits than
  /// `Double`) computes the reference, rounded to `Double`. Every result must be that double or
  /// one of its two neighbours, over ordinary arguments, every binade, and the edges (±0,
  /// subnormals, overflow and underflow thresholds, `tanh` saturation, infinities, NaN).
  @Suite struct VectorMathAccuracyTests {
    typealias BufferFunction = (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void

    static let edges: [Double] = [
      0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, Double(bitPattern: 2024), -Double(bitPattern: 2024),  // 1e-320, a subnormal
      .leastNormalMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
      1e-300, 1e-17, -1e-17, 2e-9, 0.5, 1, 2, -1, -2, 0.3465, 0.3466, -0.3466,
      708, 709, 709.78, 709.79, 710, -708, -708.39, -708.4, -744.4, -745.1, -745.2, -746, -1000, 1000,
      18.7, 19, 19.06, 20, 21, 22, -20, -22, 40, 1e10, -1e10,
    ]

    static func arguments(_ seed: UInt64, _ count: Int, _ low: Double, _ high: Double) -> [Double] {
      var stream = SplitMix(state: seed)
      return (0..<count).map { _ in stream.uniform(low, high) }
    }

    static func anyFinite(_ seed: UInt64, _ count: Int) -> [Double] {
      var stream = SplitMix(state: seed)
      return (0..<count).map { _ in stream.anyFinite() }
    }

    /// The largest distance, in units in the last place, between `f` and the correctly rounded
    /// `reference` over `x`, with the argument where it occurs.
    static func worstDistance(_ f: BufferFunction, _ reference: (Float80) -> Float80, over x: [Double]) -> (Int64, Double) {
      var y = [Double](repeating: 0, count: x.count)
      x.withUnsafeBufferPointer { source in y.withUnsafeMutableBufferPointer { target in f(source, target) } }
      var worst: (Int64, Double) = (0, 0)
      for (argument, value) in zip(x, y) {
        let expected = Double(reference(Float80(argument)))
        if expected.isNaN && value.isNaN { continue }
        // Ordered bit patterns: adjacent doubles differ by 1, across zero too.
        func ordered(_ d: Double) -> Int64 {
          let bits = Int64(bitPattern: d.bitPattern)
          return bits < 0 ? Int64.min - bits : bits
        }
        let distance = value.isNaN || expected.isNaN ? Int64.max : Swift.abs(ordered(value) &- ordered(expected))
        if distance > worst.0 { worst = (distance, argument) }
      }
      return worst
    }

    static let wide = arguments(1, 100_000, -30, 30) + arguments(2, 100_000, -1, 1) + arguments(3, 100_000, -750, 750)
      + anyFinite(4, 100_000) + edges
    static let positive = arguments(5, 100_000, 0, 10) + arguments(6, 100_000, 0.5, 2) + anyFinite(7, 100_000).map(\.magnitude)
      + edges

    @Test func expIsWithinOneUlpOfTheCorrectlyRoundedResult() {
      let (distance, x) = Self.worstDistance({ VectorMath.exp($0, into: $1) }, { expl($0) }, over: Self.wide)
      #expect(distance <= 1, "exp(\(x)) is \(distance) ulp from the correctly rounded result")
    }

    @Test func logIsWithinOneUlpOfTheCorrectlyRoundedResult() {
      let (distance, x) = Self.worstDistance({ VectorMath.log($0, into: $1) }, { logl($0) }, over: Self.positive + Self.wide)
      #expect(distance <= 1, "log(\(x)) is \(distance) ulp from the correctly rounded result")
    }

    @Test func tanhIsWithinOneUlpOfTheCorrectlyRoundedResult() {
      let (distance, x) = Self.worstDistance({ VectorMath.tanh($0, into: $1) }, { tanhl($0) }, over: Self.wide)
      #expect(distance <= 1, "tanh(\(x)) is \(distance) ulp from the correctly rounded result")
    }

    @Test func expm1AndLog1pAreWithinOneUlpOfTheCorrectlyRoundedResult() {
      let (e, x) = Self.worstDistance({ VectorMath.expm1($0, into: $1) }, { expm1l($0) }, over: Self.wide)
      #expect(e <= 1, "expm1(\(x)) is \(e) ulp from the correctly rounded result")
      let (l, y) = Self.worstDistance({ VectorMath.log1p($0, into: $1) }, { log1pl($0) }, over: Self.positive + Self.arguments(8, 100_000, -1, 1))
      #expect(l <= 1, "log1p(\(y)) is \(l) ulp from the correctly rounded result")
    }

    /// `tanh` no longer calls the C library for ±0, infinities and large arguments: its values there.
    @Test func tanhKeepsTheSignOfZeroAndSaturates() {
      let x: [Double] = [0, -0.0, .infinity, -.infinity, 19.1, -19.1, 710, 5e-324, -5e-324, 2e-9]
      var y = [Double](repeating: 7, count: x.count)
      x.withUnsafeBufferPointer { source in y.withUnsafeMutableBufferPointer { VectorMath.tanh(source, into: $0) } }
      #expect(y.map(\.bitPattern) == [0, -0.0, 1, -1, 1, -1, 1, 5e-324, -5e-324, 2e-9].map(\.bitPattern))
    }
  }
#endif

/// Draws for the accuracy tests from the module's `SplitMix` (fixed seeds, so failures reproduce).
extension SplitMix {
  /// Uniform in [low, high).
  mutating func uniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * Double(next() >> 11) / 9_007_199_254_740_992
  }

  /// Any finite double: a random sign, exponent and significand.
  mutating func anyFinite() -> Double {
    Double(bitPattern: next() % 0x7FF0_0000_0000_0000 | (next() & 0x8000_0000_0000_0000))
  }
}
