/// Element-wise binary operations with broadcasting, and their in-place forms.
extension NDArray {
  /// `a op b` element-wise, broadcasting the shapes; the result is a new contiguous array.
  ///
  /// - Throws: `ValueError` when the shapes do not broadcast; `TypeError` for a missing loop.
  public static func binary(_ op: BinaryOperation, _ a: NDArray, _ b: NDArray) throws(NumpyError) -> NDArray {
    let type = try op.resultType(a.dtype, b.dtype)
    if op == .power && type == .int64 { try checkIntegerExponents(b) }
    let shape = try broadcastShape(a.shape, b.shape)
    let n = shape.reduce(1, *)
    let xs: [Double]
    let ys: [Double]
    var xStep = 1
    var yStep = 1
    if a.count == 1 && n != 1 {
      xs = [a.first]
      xStep = 0
      ys = b.shape == shape ? b.scalars : b.broadcast(to: shape).scalars
    } else if b.count == 1 && n != 1 {
      ys = [b.first]
      yStep = 0
      xs = a.shape == shape ? a.scalars : a.broadcast(to: shape).scalars
    } else {
      xs = a.shape == shape ? a.scalars : a.broadcast(to: shape).scalars
      ys = b.shape == shape ? b.scalars : b.broadcast(to: shape).scalars
    }
    let out = [Double](unsafeUninitializedCapacity: n) { buffer, initialized in
      xs.withUnsafeBufferPointer { x in
        ys.withUnsafeBufferPointer { y in
          if n > 0 {
            op.evaluate(
              x.baseAddress!, xStep, y.baseAddress!, yStep, into: buffer.baseAddress!, count: n,
              type: type)
          }
        }
      }
      initialized = n
    }
    return NDArray(shape: shape, scalars: out, dtype: type)
  }

  /// `a op scalar` (or `scalar op a` when `scalarFirst`), where the scalar is a Python number of
  /// kind `scalarType`; computed without making an array of the scalar.
  public static func binary(
    _ op: BinaryOperation, _ a: NDArray, scalar: Double, scalarType: DType, scalarFirst: Bool = false
  ) throws(NumpyError) -> NDArray {
    let type = scalarFirst ? try op.resultType(scalarType, a.dtype) : try op.resultType(a.dtype, scalarType)
    if op == .power && type == .int64 {
      if scalarFirst { try checkIntegerExponents(a) } else if scalar < 0 {
        throw .value("Integers to negative integer powers are not allowed.")
      }
    }
    let xs = a.scalars
    let n = a.count
    var value = scalar
    let out = [Double](unsafeUninitializedCapacity: n) { buffer, initialized in
      xs.withUnsafeBufferPointer { x in
        withUnsafePointer(to: &value) { s in
          if n > 0 {
            if scalarFirst {
              op.evaluate(s, 0, x.baseAddress!, 1, into: buffer.baseAddress!, count: n, type: type)
            } else {
              op.evaluate(x.baseAddress!, 1, s, 0, into: buffer.baseAddress!, count: n, type: type)
            }
          }
        }
      }
      initialized = n
    }
    return NDArray(shape: a.shape, scalars: out, dtype: type)
  }

  /// `self op= other`: computes `self op other` and writes it through this array (a view writes
  /// into the array it views).
  ///
  /// - Throws: `UFuncTypeError` (a `TypeError`) when the result type cannot be stored in this
  ///   array's dtype (`int_array += 0.5`); `ValueError` when `other` would change the shape.
  public func applyInPlace(_ op: BinaryOperation, _ other: NDArray) throws(NumpyError) {
    if try applyInPlaceDirectly(op, other) { return }
    if (try? NDArray.broadcastShape(shape, other.shape)) == nil {
      let shapes = [shape, other.shape, shape].map(NumpyError.compact).joined(separator: " ")
      throw .value(
        "operands could not be broadcast together with shapes \(shapes) ", help: NDArray.broadcastHelp(shape, other.shape))
    }
    let result = try NDArray.binary(op, self, other)
    if result.shape != shape {
      throw .value(
        "non-broadcastable output operand with shape \(NumpyError.compact(shape)) doesn't match the broadcast shape \(NumpyError.compact(result.shape))"
      )
    }
    if DType.promoted(result.dtype, dtype) != dtype {
      throw .type(
        "Cannot cast ufunc '\(op.ufuncName)' output from dtype('\(result.dtype.name)') to dtype('\(dtype.name)') with casting rule 'same_kind'"
      )
    }
    assign(rowMajor: result.scalars)
  }

  /// `self op= other` computed straight into this array's storage, when both are contiguous, the
  /// shapes are equal (or `other` is one element) and the result keeps this array's dtype; false
  /// when it does not apply (the general path then makes a temporary). Arrays sharing storage take
  /// the general path, so overlapping views read the old values as numpy does.
  private func applyInPlaceDirectly(_ op: BinaryOperation, _ other: NDArray) throws(NumpyError) -> Bool {
    guard count > 0, isContiguous, other.isContiguous, other.storage !== storage,
      other.shape == shape || (other.count == 1 && other.ndim <= ndim)
    else { return false }
    let type = try op.resultType(dtype, other.dtype)
    guard type == dtype else { return false }
    if op == .power && type == .int64 { try NDArray.checkIntegerExponents(other) }
    let (start, n, otherStart, step) = (offset, count, other.offset, other.count == 1 ? 0 : 1)
    other.storage.scalars.withUnsafeBufferPointer { y in
      storage.scalars.withUnsafeMutableBufferPointer { x in
        let target = x.baseAddress! + start  // count > 0 elements from offset lie in storage
        op.evaluate(UnsafePointer(target), 1, y.baseAddress! + otherStart, step, into: target, count: n, type: type)
      }
    }
    return true
  }

  /// `self op= scalar` for a Python number: in place, without temporaries, when contiguous.
  public func applyInPlace(_ op: BinaryOperation, scalar: Double, scalarType: DType) throws(NumpyError) {
    let type = try op.resultType(dtype, scalarType)
    if DType.promoted(type, dtype) != dtype {
      throw .type(
        "Cannot cast ufunc '\(op.ufuncName)' output from dtype('\(type.name)') to dtype('\(dtype.name)') with casting rule 'same_kind'"
      )
    }
    guard isContiguous, op != .power || dtype == .float64 else {
      return try applyInPlace(op, NDArray(scalar: scalar, dtype: scalarType))
    }
    var value = scalar
    let (start, n, own) = (offset, count, dtype)
    storage.scalars.withUnsafeMutableBufferPointer { buffer in
      withUnsafePointer(to: &value) { s in
        if n > 0 {
          let x = buffer.baseAddress! + start
          op.evaluate(UnsafePointer(x), 1, s, 0, into: x, count: n, type: own)
        }
      }
    }
  }

  /// numpy refuses negative integer exponents for integer arrays.
  private static func checkIntegerExponents(_ exponents: NDArray) throws(NumpyError) {
    if exponents.scalars.contains(where: { $0 < 0 }) {
      throw .value("Integers to negative integer powers are not allowed.")
    }
  }
}
