import NeuralCore

/// A numpy unary ufunc: negation, absolute value, the elementary functions, rounding and tests.
///
/// Elementary functions give `float64` whatever the input; `negative`, `absolute`, `sign`,
/// `square`, `floor`, `ceil`, `trunc` and `rint` keep an integer dtype; the tests give `bool`.
public enum UnaryOperation: String, Sendable, CaseIterable {
  case negative, positive, absolute, invert, logicalNot, sign, square, reciprocal
  case sqrt, exp, expm1, log, log1p, log2, log10
  case sin, cos, tan, tanh, sinh, cosh, arcsin, arccos, arctan
  case floor, ceil, trunc, rint
  case isnan, isinf, isfinite

  /// The dtype of the result for an input of type `type`.
  ///
  /// - Throws: `TypeError` with numpy's message where numpy has no loop.
  public func resultType(_ type: DType) throws(NumpyError) -> DType {
    switch self {
    case .negative:
      if type == .bool {
        throw .type(
          "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
        )
      }
      return type
    case .positive, .absolute:
      return type
    case .invert:
      if type == .float64 {
        throw .type(
          "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
        )
      }
      return type
    case .sign:
      if type == .bool {
        throw .type(
          "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None"
        )
      }
      return type
    case .square, .reciprocal:
      return type == .bool ? .int64 : type
    case .floor, .ceil, .trunc, .rint:
      return type == .bool ? .float64 : type
    case .logicalNot, .isnan, .isinf, .isfinite:
      return .bool
    default:
      return .float64
    }
  }

  /// Applies the operation to `n` contiguous values.
  ///
  /// `exp`, `expm1`, `log`, `log1p` and `tanh` go through NeuralCore's `VectorMath`, several elements at a
  /// time, as numpy's own SIMD loops do (both agree with the C library to a few units in the last
  /// place); the other functions call the C library one element at a time.
  func evaluate(_ x: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, count n: Int, type: DType) {
    @inline(__always) func run(_ f: (Double) -> Double) {
      for i in 0..<n { out[i] = f(x[i]) }
    }
    @inline(__always) func vector(_ f: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) {
      f(UnsafeBufferPointer(start: x, count: n), UnsafeMutableBufferPointer(start: out, count: n))
    }
    switch self {
    case .negative: run { -$0 }
    case .positive: run { $0 }
    case .absolute: run { Swift.abs($0) }
    case .invert: type == .bool ? run { $0 != 0 ? 0 : 1 } : run { -$0 - 1 }
    case .logicalNot: run { $0 != 0 ? 0 : 1 }
    case .sign: run { $0.isNaN ? .nan : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }
    case .square: run { $0 * $0 }
    case .reciprocal: type == .int64 ? run { $0 == 0 ? 0 : (1 / $0).rounded(.towardZero) } : run { 1 / $0 }
    case .sqrt: run(UnaryOperation.squareRoot)
    case .exp: vector { VectorMath.exp($0, into: $1) }
    case .expm1: vector { VectorMath.expm1($0, into: $1) }
    case .log: vector { VectorMath.log($0, into: $1) }
    case .log1p: vector { VectorMath.log1p($0, into: $1) }
    case .log2: run(NumpyLibm.log2)
    case .log10: run(NumpyLibm.log10)
    case .sin: run(NumpyLibm.sin)
    case .cos: run(NumpyLibm.cos)
    case .tan: run(NumpyLibm.tan)
    case .tanh: vector { VectorMath.tanh($0, into: $1) }
    case .sinh: run(NumpyLibm.sinh)
    case .cosh: run(NumpyLibm.cosh)
    case .arcsin: run(NumpyLibm.arcsin)
    case .arccos: run(NumpyLibm.arccos)
    case .arctan: run(NumpyLibm.arctan)
    case .floor: run { $0.rounded(.down) }
    case .ceil: run { $0.rounded(.up) }
    case .trunc: run { $0.rounded(.towardZero) }
    case .rint: run { $0.rounded(.toNearestOrEven) }
    case .isnan: run { $0.isNaN ? 1 : 0 }
    case .isinf: run { $0.isInfinite ? 1 : 0 }
    case .isfinite: run { $0.isFinite ? 1 : 0 }
    }
  }
}

extension UnaryOperation {
  /// `√x` as IEEE 754 defines it (`-0` for `-0`, NaN below 0), in a form the optimiser turns into
  /// vector square roots: `x.squareRoot()` alone compiles to a scalar instruction guarded by a
  /// call to the C library for negative arguments (to set `errno`), one element at a time.
  @inline(__always)
  static func squareRoot(_ x: Double) -> Double {
    let root = x.magnitude.squareRoot()
    return x < 0 ? .nan : (x == 0 ? x : root)
  }
}

extension NDArray {
  /// `op(self)` element-wise, as a new contiguous array.
  public func apply(_ op: UnaryOperation) throws(NumpyError) -> NDArray {
    let type = try op.resultType(dtype)
    let n = count
    let out = [Double](count: n) { buffer in
      guard n > 0 else { return }
      let to = buffer.baseAddress!
      func run(_ from: UnsafePointer<Double>) {
        ElementwiseLoop.forHalves(n) { part in
          op.evaluate(from + part.lowerBound, into: to + part.lowerBound, count: part.count, type: dtype)
        }
      }
      // A contiguous array is read where it lies; a strided one is gathered first.
      if isContiguous { run(readAddress) } else { scalars.withUnsafeBufferPointer { run($0.baseAddress!) } }
    }
    return NDArray(shape: shape, scalars: out, dtype: type, stridesOf: self)
  }
}
