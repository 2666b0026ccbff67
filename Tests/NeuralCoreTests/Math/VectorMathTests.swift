#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import NeuralCore
import Testing

/// `VectorMath` over buffers against the C library's scalar functions: every tail length, special
/// values mixed into vectors of ordinary ones, in-place use, and the documented relative-error
/// bounds (4e-16 for `exp`, `expm1`, `log`; 8e-16 for `tanh`).
@Suite struct VectorMathTests {
  typealias BufferFunction = (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void

  static var functions: [(name: String, vector: BufferFunction, scalar: (Double) -> Double, bound: Double)] {
    [
      ("exp", { VectorMath.exp($0, into: $1) }, { Glibc.exp($0) }, 4e-16),
      ("expm1", { VectorMath.expm1($0, into: $1) }, { Glibc.expm1($0) }, 4e-16),
      ("log", { VectorMath.log($0, into: $1) }, { Glibc.log($0) }, 4e-16),
      ("log1p", { VectorMath.log1p($0, into: $1) }, { Glibc.log1p($0) }, 4e-16),
      ("tanh", { VectorMath.tanh($0, into: $1) }, { Glibc.tanh($0) }, 8e-16),
    ]
  }

  static func applying(_ f: BufferFunction, to x: [Double]) -> [Double] {
    var y = [Double](repeating: -7, count: x.count)
    x.withUnsafeBufferPointer { source in y.withUnsafeMutableBufferPointer { target in f(source, target) } }
    return y
  }

  static func worstRelativeError(_ actual: [Double], _ expected: [Double]) -> Double {
    zip(actual, expected).reduce(0) { worst, pair in
      let (a, e) = pair
      if a == e || (a.isNaN && e.isNaN) { return worst }
      return Swift.max(worst, Swift.abs(a - e) / Swift.abs(e))
    }
  }

  static func arguments(from low: Double, to high: Double, count: Int = 20_001) -> [Double] {
    (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
  }

  @Test func everyLengthUpToSeventeenIsComputedWithinTheBound() {
    for (name, vector, scalar, bound) in Self.functions {
      for count in 0...17 {
        let x = (0..<count).map { 0.37 * Double($0) + 0.11 }
        let y = Self.applying(vector, to: x)
        let worst = Self.worstRelativeError(y, x.map(scalar))
        #expect(y.count == count && worst <= bound, "\(name) over \(count) elements: worst \(worst)")
      }
    }
  }

  @Test func expm1IsAccurateNearZeroAndAcrossItsRange() {
    let x = Self.arguments(from: -40, to: 40) + Self.arguments(from: -1e-3, to: 1e-3)
      + [1e-300, -1e-300, .leastNonzeroMagnitude, 1e-17, -0.3465, 0.3466, -0.5, 708.9, -707.9]
    let worst = Self.worstRelativeError(Self.applying({ VectorMath.expm1($0, into: $1) }, to: x), x.map { Glibc.expm1($0) })
    #expect(worst < 4e-16, "worst relative error \(worst)")
  }

  @Test func log1pIsAccurateNearZeroAndNearMinusOne() {
    let x = Self.arguments(from: -0.999, to: 40) + Self.arguments(from: -1e-3, to: 1e-3)
      + [1e-300, -1e-300, .leastNonzeroMagnitude, 1e-17, -1e-17, 2e-16, -0.9999999999, 1e300, 4503599627370497]
    let worst = Self.worstRelativeError(Self.applying({ VectorMath.log1p($0, into: $1) }, to: x), x.map { Glibc.log1p($0) })
    #expect(worst < 4e-16, "worst relative error \(worst)")
  }

  /// A special value in one lane sends its whole vector to the C library; the ordinary lanes
  /// beside it must still get that function (not, say, `exp(x) - 1` for `expm1`).
  @Test func specialValuesMatchTheCLibraryAndSpareTheirNeighbours() {
    let special: [Double] = [0, -0.0, .infinity, -.infinity, .nan, -1, 710, -746, .leastNonzeroMagnitude, Double(sign: .plus, exponent: -1030, significand: 1)]
    for (name, vector, scalar, bound) in Self.functions {
      for value in special {
        let x = [1e-10, value, 0.25, -3.5, 2e-9]
        let y = Self.applying(vector, to: x)
        let e = scalar(value)
        #expect(y[1] == e || (y[1].isNaN && e.isNaN), "\(name)(\(value)) = \(y[1]), C library \(e)")
        #expect(y[1].sign == e.sign || e.isNaN, "\(name)(\(value)) sign: \(y[1])")
        let neighbours = [0, 2, 3, 4]
        let worst = Self.worstRelativeError(neighbours.map { y[$0] }, neighbours.map { scalar(x[$0]) })
        #expect(worst <= bound, "\(name) beside \(value): worst \(worst)")
      }
    }
  }

  @Test func inPlaceGivesTheSameValuesAsASeparateTarget() {
    let x = Self.arguments(from: 0.01, to: 9, count: 23)
    for (name, vector, _, _) in Self.functions {
      var y = x
      y.withUnsafeMutableBufferPointer { buffer in vector(UnsafeBufferPointer(buffer), buffer) }
      #expect(y == Self.applying(vector, to: x), "\(name) in place")
    }
  }

  @Test func literalValuesAgreeWithNumpy() {
    // python3: import numpy as np; x = np.array([-2.0, 0.5, 3.0])
    // print([repr(v) for f in (np.exp, np.expm1, np.log, np.tanh) for v in f(np.abs(x) if f is np.log else x)])
    let x: [Double] = [-2, 0.5, 3]
    #expect(Self.applying({ VectorMath.exp($0, into: $1) }, to: x) == [0.1353352832366127, 1.6487212707001282, 20.085536923187668])
    #expect(Self.applying({ VectorMath.expm1($0, into: $1) }, to: x) == [-0.8646647167633873, 0.6487212707001282, 19.085536923187668])
    // ln 3 = 1.098612288668109691…, rounded to …098 (before the final addition rounded once, this
    // gave …096, one unit in the last place below).
    #expect(Self.applying({ VectorMath.log($0, into: $1) }, to: [2, 0.5, 3]) == [0.6931471805599453, -0.6931471805599453, 1.0986122886681098])
    #expect(Self.applying({ VectorMath.tanh($0, into: $1) }, to: x) == [-0.9640275800758169, 0.46211715726000974, 0.9950547536867305])
    // python3: print([repr(v) for v in np.log1p(np.array([2.0, 0.5, 1e-10, -0.5]))])
    // ln 3 again: the C library's log1p(2) gives …096, numpy's vectorised loop and this …098.
    #expect(
      Self.applying({ VectorMath.log1p($0, into: $1) }, to: [2, 0.5, 1e-10, -0.5])
        == [1.0986122886681098, 0.4054651081081644, 9.999999999500001e-11, -0.6931471805599453])
  }
}
