/// numpy's broadcasting: aligning shapes from the right, stretching axes of extent 1.
extension NDArray {
  /// The shape two operands broadcast to.
  ///
  /// ```
  /// (2, 3) with (3,)   → (2, 3)
  /// (4, 1) with (1, 5) → (4, 5)
  /// ```
  /// - Throws: `ValueError: operands could not be broadcast together with shapes (2,3) (4,) `.
  public static func broadcastShape(_ a: [Int], _ b: [Int]) throws(NumpyError) -> [Int] {
    if a == b { return a }
    let rank = max(a.count, b.count)
    var result = [Int](count: rank) { $0.initialize(repeating: 1) }
    for axis in 0..<rank {
      let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
      let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
      if x == y || y == 1 {
        result[axis] = x
      } else if x == 1 {
        result[axis] = y
      } else {
        throw .value(
          "operands could not be broadcast together with shapes \(NumpyError.compact(a)) \(NumpyError.compact(b)) ",
          help: broadcastHelp(a, b))
      }
    }
    // Only a result larger than both operands (an outer-product-like stretch) can be too large.
    if result != a && result != b {
      do {
        try ArrayAllocation.check(result)
      } catch {
        var error = error
        error.help = "broadcasting \(NumpyError.tuple(a)) with \(NumpyError.tuple(b)) stretches both, "
          + "to \(NumpyError.tuple(result)); did one operand need .T or .reshape to match the other?"
        throw error
      }
    }
    return result
  }

  /// A view of this array stretched to `target` (strides 0 along stretched axes).
  ///
  /// - Precondition: `shape` broadcasts to `target`.
  func broadcast(to target: [Int]) -> NDArray {
    if target == shape { return self }
    return view(shape: target, strides: strides(broadcastTo: target), offset: offset)
  }

  /// This array's strides as a view stretched to `target`: 0 along stretched and new axes.
  ///
  /// - Precondition: `shape` broadcasts to `target`.
  func strides(broadcastTo target: [Int]) -> [Int] {
    if target == shape { return strides }
    let lead = target.count - shape.count
    precondition(lead >= 0, "cannot broadcast \(shape) to \(target)")
    var result = [Int](count: target.count) { $0.initialize(repeating: 0) }
    for axis in 0..<shape.count where shape[axis] != 1 || target[axis + lead] == 1 {
      precondition(shape[axis] == target[axis + lead], "cannot broadcast \(shape) to \(target)")
      result[axis + lead] = strides[axis]
    }
    return result
  }

  /// The elements of this array stretched to `target`, row-major.
  ///
  /// - Throws: `ValueError: could not broadcast input array from shape (3,) into shape (2,)`.
  func scalars(broadcastTo target: [Int]) throws(NumpyError) -> [Double] {
    if target == shape { return scalars }
    guard (try? NDArray.broadcastShape(shape, target)) == target else {
      throw .value(
        "could not broadcast input array from shape \(NumpyError.compact(shape)) into shape \(NumpyError.compact(target))"
      )
    }
    if count == 1 { return [Double](count: target.reduce(1, *)) { $0.initialize(repeating: first) } }
    return broadcast(to: target).scalars
  }

  /// A hint for a broadcast between a row and a column that was meant to be elementwise.
  static func broadcastHelp(_ a: [Int], _ b: [Int]) -> String? {
    if a.count == 2, b.count == 2, a[0] == b[1], a[1] == b[0] {
      return "shapes \(NumpyError.tuple(a)) and \(NumpyError.tuple(b)) are transposes of each other; did you mean to transpose one with .T?"
    }
    if a.count == 1, b.count == 2, b[0] == a[0] {
      return "a (\(a[0]),) array lines up with the last axis; reshape it to (\(a[0]), 1) or keep the reduced axis with keepdims=True"
    }
    if b.count == 1, a.count == 2, a[0] == b[0] {
      return "a (\(b[0]),) array lines up with the last axis; reshape it to (\(b[0]), 1) or keep the reduced axis with keepdims=True"
    }
    return nil
  }
}
