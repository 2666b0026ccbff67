/// Element-wise binary operations with broadcasting, and their in-place forms.
extension NDArray {
  /// `a op b` element-wise, broadcasting the shapes; the result is a new contiguous array.
  ///
  /// - Throws: `ValueError` when the shapes do not broadcast; `TypeError` for a missing loop.
  public static func binary(_ op: BinaryOperation, _ a: NDArray, _ b: NDArray) throws(NumpyError) -> NDArray {
    let type = try op.resultType(a.dtype, b.dtype)
    if op == .power && type == .int64 { try checkIntegerExponents(b) }
    if a.isContiguous && b.isContiguous && a.count == b.count && a.count > 0 && a.shape == b.shape {
      return sameShape(op, a, b, type: type)
    }
    let shape = try broadcastShape(a.shape, b.shape)
    let n = shape.reduce(1, *)
    let out = [Double](count: n) { buffer in
      if n > 0 {
        let (x, y, o) = (a.readAddress, b.readAddress, buffer.baseAddress!)
        if a.isContiguous && b.isContiguous && (a.count == n || a.count == 1) && (b.count == n || b.count == 1) {
          let (xStep, yStep) = (a.count == n ? 1 : 0, b.count == n ? 1 : 0)
          ElementwiseLoop.forHalves(n) { part in
            let start = part.lowerBound
            op.evaluate(x + start * xStep, xStep, y + start * yStep, yStep, into: o + start, count: part.count, type: type)
          }
        } else {
          ElementwiseLoop.run(
            shape: shape, x: x, xStrides: a.strides(broadcastTo: shape), y: y,
            yStrides: b.strides(broadcastTo: shape), out: o, outStrides: StridedLayout.rowMajorStrides(shape)
          ) { x, xStep, y, yStep, o, oStep, count in
            op.evaluate(x, xStep, y, yStep, into: o, step: oStep, count: count, type: type)
          }
        }
      }
    }
    return NDArray(shape: shape, scalars: out, dtype: type, stridesOf: a.shape == shape ? a : b)
  }

  /// `a op b` for contiguous non-empty operands of one shape (`a + b`, `dz * mask`): one run.
  private static func sameShape(_ op: BinaryOperation, _ a: NDArray, _ b: NDArray, type: DType) -> NDArray {
    let n = a.count
    let out = [Double](count: n) { buffer in
      let (x, y, o) = (a.readAddress, b.readAddress, buffer.baseAddress!)
      ElementwiseLoop.forHalves(n) { part in
        let start = part.lowerBound
        op.evaluate(x + start, 1, y + start, 1, into: o + start, count: part.count, type: type)
      }
    }
    return NDArray(shape: a.shape, scalars: out, dtype: type, stridesOf: a)
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
    let n = a.count
    var value = scalar
    let out = [Double](count: n) { buffer in
      if n > 0 {
        withUnsafePointer(to: &value) { s in
          let (x, o) = (a.readAddress, buffer.baseAddress!)
          if a.isContiguous {
            let scalar = UnsafePointer(s)
            ElementwiseLoop.forHalves(n) { part in
              let (start, count) = (part.lowerBound, part.count)
              if scalarFirst {
                op.evaluate(scalar, 0, x + start, 1, into: o + start, count: count, type: type)
              } else {
                op.evaluate(x + start, 1, scalar, 0, into: o + start, count: count, type: type)
              }
            }
            return
          }
          let zeros = [Int](count: a.ndim) { $0.initialize(repeating: 0) }
          let (p, ps, q, qs) = scalarFirst ? (UnsafePointer(s), zeros, x, a.strides) : (x, a.strides, UnsafePointer(s), zeros)
          ElementwiseLoop.run(
            shape: a.shape, x: p, xStrides: ps, y: q, yStrides: qs, out: o,
            outStrides: StridedLayout.rowMajorStrides(a.shape)
          ) { x, xStep, y, yStep, o, oStep, count in
            op.evaluate(x, xStep, y, yStep, into: o, step: oStep, count: count, type: type)
          }
        }
      }
    }
    return NDArray(shape: a.shape, scalars: out, dtype: type, stridesOf: a)
  }

  /// `self op= other`, computed straight into this array's storage (a view writes into the array
  /// it views). When `other` shares this array's storage under another layout it is copied first,
  /// so overlapping views read the old values, as numpy does.
  ///
  /// - Throws: `UFuncTypeError` (a `TypeError`) when the result type cannot be stored in this
  ///   array's dtype (`int_array += 0.5`); `ValueError` when `other` would change the shape.
  public func applyInPlace(_ op: BinaryOperation, _ other: NDArray) throws(NumpyError) {
    let type = try op.resultType(dtype, other.dtype)
    if other.shape != shape {
      guard let broadcast = try? NDArray.broadcastShape(shape, other.shape) else {
        let shapes = [shape, other.shape, shape].map(NumpyError.compact).joined(separator: " ")
        throw .value(
          "operands could not be broadcast together with shapes \(shapes) ", help: NDArray.broadcastHelp(shape, other.shape))
      }
      if broadcast != shape {
        throw .value(
          "non-broadcastable output operand with shape \(NumpyError.compact(shape)) doesn't match the broadcast shape \(NumpyError.compact(broadcast))"
        )
      }
    }
    if DType.promoted(type, dtype) != dtype {
      throw .outputCasting(ufunc: op.ufuncName, from: type, to: dtype)
    }
    if op == .power && type == .int64 { try NDArray.checkIntegerExponents(other) }
    if count == 0 { return }
    if isContiguous && other.isContiguous && (other.count == count || other.count == 1) && other.storage !== storage {
      // y += b, W -= lr * dW: one run over both buffers, no layout to work out.
      let (start, n, yStep) = (offset, count, other.count == 1 ? 0 : 1)
      storage.buffer.withUnsafeMutableBufferPointer { buffer in
        let (x, y) = (buffer.baseAddress! + start, other.readAddress)
        ElementwiseLoop.forHalves(n) { part in
          let p = x + part.lowerBound
          op.evaluate(UnsafePointer(p), 1, y + part.lowerBound * yStep, yStep, into: p, count: part.count, type: type)
        }
      }
      return
    }
    let sameLayout = other.offset == offset && other.shape == shape && other.strides == strides
    let operand = other.storage === storage && !sameLayout ? other.copy() : other
    let (start, own, operandStrides) = (offset, strides, operand.strides(broadcastTo: shape))
    let kernel: ElementwiseLoop.Kernel = { x, xStep, y, yStep, o, oStep, n in
      op.evaluate(x, xStep, y, yStep, into: o, step: oStep, count: n, type: type)
    }
    if operand.storage === storage {
      storage.buffer.withUnsafeMutableBufferPointer { buffer in
        let target = buffer.baseAddress! + start
        ElementwiseLoop.run(
          shape: shape, x: target, xStrides: own, y: target, yStrides: own, out: target, outStrides: own,
          kernel: kernel)
      }
      return
    }
    operand.storage.buffer.withUnsafeBufferPointer { ys in
      storage.buffer.withUnsafeMutableBufferPointer { buffer in
        let target = buffer.baseAddress! + start
        ElementwiseLoop.run(
          shape: shape, x: target, xStrides: own, y: ys.baseAddress! + operand.offset, yStrides: operandStrides,
          out: target, outStrides: own, kernel: kernel)
      }
    }
  }

  /// `self op= scalar` for a Python number: in place, without temporaries, when contiguous.
  public func applyInPlace(_ op: BinaryOperation, scalar: Double, scalarType: DType) throws(NumpyError) {
    let type = try op.resultType(dtype, scalarType)
    if DType.promoted(type, dtype) != dtype {
      throw .outputCasting(ufunc: op.ufuncName, from: type, to: dtype)
    }
    guard isContiguous, op != .power || dtype == .float64 else {
      return try applyInPlace(op, NDArray(scalar: scalar, dtype: scalarType))  // strided, or integer powers
    }
    var value = scalar
    let (start, n, own) = (offset, count, dtype)
    storage.buffer.withUnsafeMutableBufferPointer { buffer in
      withUnsafePointer(to: &value) { s in
        if n > 0 {
          let x = buffer.baseAddress! + start
          ElementwiseLoop.forHalves(n) { part in
            let p = x + part.lowerBound
            op.evaluate(UnsafePointer(p), 1, s, 0, into: p, count: part.count, type: own)
          }
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
