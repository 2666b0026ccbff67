/// A numpy binary ufunc: `+ - * / // % **`, maximum/minimum, comparisons and bitwise operators.
///
/// The result dtype follows numpy: arithmetic promotes (`bool < int64 < float64`), true division is
/// always `float64`, comparisons are `bool`. Boolean `+` and `*` stay boolean (logical or / and),
/// as in numpy; boolean `-` is refused with numpy's message.
public enum BinaryOperation: String, Sendable, CaseIterable {
  case add, subtract, multiply, divide, floorDivide, remainder, power
  case maximum, minimum, fmax, fmin, arctan2, hypot
  case equal, notEqual, less, lessEqual, greater, greaterEqual
  case bitwiseAnd, bitwiseOr, bitwiseXor, logicalAnd, logicalOr, logicalXor

  /// The numpy ufunc name, used in messages.
  public var ufuncName: String {
    switch self {
    case .divide: return "divide"
    case .floorDivide: return "floor_divide"
    case .notEqual: return "not_equal"
    case .lessEqual: return "less_equal"
    case .greaterEqual: return "greater_equal"
    case .bitwiseAnd: return "bitwise_and"
    case .bitwiseOr: return "bitwise_or"
    case .bitwiseXor: return "bitwise_xor"
    case .logicalAnd: return "logical_and"
    case .logicalOr: return "logical_or"
    case .logicalXor: return "logical_xor"
    default: return rawValue
    }
  }

  /// The dtype of `a op b`.
  ///
  /// - Throws: `TypeError` where numpy has no loop (boolean subtract, bitwise operators on floats).
  public func resultType(_ a: DType, _ b: DType) throws(NumpyError) -> DType {
    let common = DType.promoted(a, b)
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .logicalAnd, .logicalOr,
      .logicalXor:
      return .bool
    case .divide, .arctan2, .hypot:
      return .float64
    case .add, .multiply, .maximum, .minimum, .fmax, .fmin:
      return common
    case .subtract:
      if common == .bool {
        throw .type(
          "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
        )
      }
      return common
    case .floorDivide, .remainder, .power:
      return common == .bool ? .int64 : common
    case .bitwiseAnd, .bitwiseOr, .bitwiseXor:
      if common == .float64 {
        throw .type(
          "ufunc '\(ufuncName)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
        )
      }
      return common
    }
  }

  /// Applies the operation to `n` pairs read at `x + i*xStep` and `y + i*yStep`, writing
  /// `out + i*outStep`. Unit and zero steps into a contiguous output take vectorisable loops.
  func evaluate(
    _ x: UnsafePointer<Double>, _ xStep: Int, _ y: UnsafePointer<Double>, _ yStep: Int,
    into out: UnsafeMutablePointer<Double>, step outStep: Int = 1, count n: Int, type: DType
  ) {
    @inline(__always) func run(_ f: (Double, Double) -> Double) {
      if outStep == 1 {
        if xStep == 1 && yStep == 1 {
          for i in 0..<n { out[i] = f(x[i], y[i]) }
          return
        }
        if xStep == 0 && yStep == 1 {
          let a = x[0]
          for i in 0..<n { out[i] = f(a, y[i]) }
          return
        }
        if xStep == 1 && yStep == 0 {
          let b = y[0]
          for i in 0..<n { out[i] = f(x[i], b) }
          return
        }
      }
      var (p, q, o) = (x, y, out)
      for _ in 0..<n {
        o.pointee = f(p.pointee, q.pointee)
        p += xStep
        q += yStep
        o += outStep
      }
    }
    // The arithmetic operators with unit or zero steps, in explicit vectors: the loops above are
    // not vectorised when `out` may overlap an input (LLVM's overlap check fails for the exact
    // overlap of an in-place update, `W -= lr * dW`, and it falls back to scalars). Each vector is
    // read before it is written, so `out` may be `x` or `y`; the results are the same IEEE
    // operations element by element.
    let vectorizable = outStep == 1 && (xStep == 1 || xStep == 0) && (yStep == 1 || yStep == 0)
    @inline(__always) func truth(_ p: Bool) -> Double { p ? 1 : 0 }
    let integral = type.isIntegral
    switch self {
    // Other steps take `run` with a closure literal: given the operator function `+` itself, the
    // optimiser kept it a function pointer and strided additions (dW[:, j] += X[i]) called it
    // once per element.
    case .add where type == .bool: run { truth($0 != 0 || $1 != 0) }
    case .add: vectorizable ? BinaryOperation.addVectors(x, xStep, y, yStep, out, n) : run { $0 + $1 }
    case .subtract: vectorizable ? BinaryOperation.subtractVectors(x, xStep, y, yStep, out, n) : run { $0 - $1 }
    case .multiply where type == .bool: run { truth($0 != 0 && $1 != 0) }
    case .multiply: vectorizable ? BinaryOperation.multiplyVectors(x, xStep, y, yStep, out, n) : run { $0 * $1 }
    case .divide: vectorizable ? BinaryOperation.divideVectors(x, xStep, y, yStep, out, n) : run { $0 / $1 }
    case .floorDivide: integral ? run(BinaryOperation.integerFloorDivide) : run(BinaryOperation.floatFloorDivide)
    case .remainder: integral ? run(BinaryOperation.integerRemainder) : run(BinaryOperation.floatRemainder)
    case .power:
      // numpy's loops take these exponents exactly (x * x is correctly rounded; libm's pow is
      // not always): x**2, x**0.5, x**-1, x**1, x**0, and they are many times faster.
      if yStep == 0 {
        switch y[0] {
        case 2: run { a, _ in a * a }
        case 0.5: run { a, _ in UnaryOperation.squareRoot(a) }
        case 1: run { a, _ in a }
        case 0: run { _, _ in 1 }
        case -1: run { a, _ in 1 / a }
        default: run(NumpyLibm.pow)
        }
      } else {
        run(NumpyLibm.pow)
      }
    case .maximum: run { $0.isNaN || $1.isNaN ? .nan : ($0 >= $1 ? $0 : $1) }
    case .minimum: run { $0.isNaN || $1.isNaN ? .nan : ($0 <= $1 ? $0 : $1) }
    case .fmax: run { $1.isNaN || $0 >= $1 ? $0 : $1 }
    case .fmin: run { $1.isNaN || $0 <= $1 ? $0 : $1 }
    case .arctan2: run(NumpyLibm.arctan2)
    case .hypot: run(NumpyLibm.hypot)
    case .equal: run { truth($0 == $1) }
    case .notEqual: run { truth($0 != $1) }
    case .less: run { truth($0 < $1) }
    case .lessEqual: run { truth($0 <= $1) }
    case .greater: run { truth($0 > $1) }
    case .greaterEqual: run { truth($0 >= $1) }
    case .bitwiseAnd: run { Double(Int64($0) & Int64($1)) }
    case .bitwiseOr: run { Double(Int64($0) | Int64($1)) }
    case .bitwiseXor: run { Double(Int64($0) ^ Int64($1)) }
    case .logicalAnd: run { truth($0 != 0 && $1 != 0) }
    case .logicalOr: run { truth($0 != 0 || $1 != 0) }
    case .logicalXor: run { truth(($0 != 0) != ($1 != 0)) }
    }
  }


  // Each operator's vector loop is a function of its own: inlined into `evaluate`, the loads of the
  // second operand were split into four 16-byte pieces put back together with shuffles (about three
  // times the instructions of a plain 64-byte load), for every operator and step.
  @inline(never)
  static func addVectors(
    _ x: UnsafePointer<Double>, _ xStep: Int, _ y: UnsafePointer<Double>, _ yStep: Int,
    _ out: UnsafeMutablePointer<Double>, _ n: Int
  ) {
    vectorLoop(x, xStep, y, yStep, out, n, { $0 + $1 }, { $0 + $1 })
  }

  @inline(never)
  static func subtractVectors(
    _ x: UnsafePointer<Double>, _ xStep: Int, _ y: UnsafePointer<Double>, _ yStep: Int,
    _ out: UnsafeMutablePointer<Double>, _ n: Int
  ) {
    vectorLoop(x, xStep, y, yStep, out, n, { $0 - $1 }, { $0 - $1 })
  }

  @inline(never)
  static func multiplyVectors(
    _ x: UnsafePointer<Double>, _ xStep: Int, _ y: UnsafePointer<Double>, _ yStep: Int,
    _ out: UnsafeMutablePointer<Double>, _ n: Int
  ) {
    vectorLoop(x, xStep, y, yStep, out, n, { $0 * $1 }, { $0 * $1 })
  }

  @inline(never)
  static func divideVectors(
    _ x: UnsafePointer<Double>, _ xStep: Int, _ y: UnsafePointer<Double>, _ yStep: Int,
    _ out: UnsafeMutablePointer<Double>, _ n: Int
  ) {
    vectorLoop(x, xStep, y, yStep, out, n, { $0 / $1 }, { $0 / $1 })
  }

  /// `out[i] = v(x[i·xStep], y[i·yStep])` in explicit vectors, for unit or zero steps and a unit
  /// output step (`vectorizable` in `evaluate`), then `f` for the last few elements.
  @inline(__always)
  private static func vectorLoop(
    _ x: UnsafePointer<Double>, _ xStep: Int, _ y: UnsafePointer<Double>, _ yStep: Int,
    _ out: UnsafeMutablePointer<Double>, _ n: Int, _ v: (Vector, Vector) -> Vector, _ f: (Double, Double) -> Double
  ) {
    let lanes = Vector.scalarCount
    let (from, other, to) = (UnsafeRawPointer(x), UnsafeRawPointer(y), UnsafeMutableRawPointer(out))
    let (a0, b0) = (Vector(repeating: x[0]), Vector(repeating: y[0]))
    let end = n - n % lanes
    var i = 0
    if xStep == 1 && yStep == 1 {
      while i < end {
        let o = i &* 8
        to.storeBytes(of: v(from.loadUnaligned(fromByteOffset: o, as: Vector.self), other.loadUnaligned(fromByteOffset: o, as: Vector.self)), toByteOffset: o, as: Vector.self)
        i &+= lanes
      }
    } else if xStep == 1 {
      while i < end {
        let o = i &* 8
        to.storeBytes(of: v(from.loadUnaligned(fromByteOffset: o, as: Vector.self), b0), toByteOffset: o, as: Vector.self)
        i &+= lanes
      }
    } else if yStep == 1 {
      while i < end {
        let o = i &* 8
        to.storeBytes(of: v(a0, other.loadUnaligned(fromByteOffset: o, as: Vector.self)), toByteOffset: o, as: Vector.self)
        i &+= lanes
      }
    }
    while i < n {
      out[i] = f(x[i * xStep], y[i * yStep])
      i += 1
    }
  }

  #if BACKPROP_AVX512
    typealias Vector = SIMD8<Double>
  #else
    typealias Vector = SIMD4<Double>
  #endif

  /// numpy's integer `//`: floor of the quotient, 0 for a zero divisor.
  static func integerFloorDivide(_ a: Double, _ b: Double) -> Double {
    b == 0 ? 0 : (a / b).rounded(.down)
  }

  /// numpy's integer `%`: the sign of the divisor, 0 for a zero divisor.
  static func integerRemainder(_ a: Double, _ b: Double) -> Double {
    if b == 0 { return 0 }
    let r = NumpyLibm.fmod(a, b)
    return r != 0 && (r < 0) != (b < 0) ? r + b : r
  }

  /// Python's float `//` (numpy's `npy_floor_divide`): `(a - a mod b) / b`, corrected to the floor.
  static func floatFloorDivide(_ a: Double, _ b: Double) -> Double {
    if b == 0 { return a / b }
    var mod = NumpyLibm.fmod(a, b)
    var div = (a - mod) / b
    if mod != 0 {
      if (b < 0) != (mod < 0) {
        mod += b
        div -= 1
      }
    }
    if div == 0 { return (0.0 as Double) * (a / b).sign.multiplier }
    let floorDiv = div.rounded(.down)
    return div - floorDiv > 0.5 ? floorDiv + 1 : floorDiv
  }

  /// Python's float `%`: the result has the sign of the divisor.
  static func floatRemainder(_ a: Double, _ b: Double) -> Double {
    if b == 0 { return .nan }
    let mod = NumpyLibm.fmod(a, b)
    if mod == 0 { return (0.0 as Double) * b.sign.multiplier }
    return (b < 0) != (mod < 0) ? mod + b : mod
  }
}

extension FloatingPointSign {
  fileprivate var multiplier: Double { self == .minus ? -1 : 1 }
}
