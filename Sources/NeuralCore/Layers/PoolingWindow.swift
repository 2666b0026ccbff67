/// What `MaxPool2D` and `AvgPool2D` share: a rectangular window, its strides and padding, and the
/// geometry they give an input.
protocol PoolingWindow: CustomStringConvertible {
  var poolHeight: Int { get }
  var poolWidth: Int { get }
  var strideHeight: Int { get }
  var strideWidth: Int { get }
  var padding: Convolution.Padding { get }
}

extension PoolingWindow {
  /// `(poolHeight, poolWidth, strideHeight, strideWidth)` from a layer's initialiser arguments,
  /// the strides defaulting to the window size.
  ///
  /// - Precondition: sizes and strides are positive, and the padding is `.valid` or `.same`.
  static func checkedWindow(
    poolSize: (Int, Int), strides: (Int, Int)?, padding: Convolution.Padding
  ) -> (Int, Int, Int, Int) {
    let strides = strides ?? poolSize
    precondition(
      poolSize.0 > 0 && poolSize.1 > 0 && strides.0 > 0 && strides.1 > 0,
      "pool size and strides must be positive, got \(poolSize) and \(strides)")
    precondition(padding == .valid || padding == .same, "pooling padding must be valid or same, got \(padding)")
    return (poolSize.0, poolSize.1, strides.0, strides.1)
  }

  /// `[N, outputHeight, outputWidth, C]` for an NHWC input shape.
  func pooledShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    do {
      let g = try Pooling.Geometry(
        input: shape, poolHeight: poolHeight, poolWidth: poolWidth, strideHeight: strideHeight,
        strideWidth: strideWidth, padding: padding)
      return [shape[0], g.outputHeight, g.outputWidth, g.channels]
    } catch {
      throw .mismatch("\(self): \(error)")
    }
  }

  /// `MaxPool2D(size: 2, stride: 2)`, or with `poolSize:`/`strides:` pairs for rectangular
  /// windows, and `padding: same` when used.
  func describe(_ name: String) -> String {
    let square = poolHeight == poolWidth && strideHeight == strideWidth
    let sizes =
      square
      ? "size: \(poolHeight), stride: \(strideHeight)"
      : "poolSize: (\(poolHeight), \(poolWidth)), strides: (\(strideHeight), \(strideWidth))"
    return "\(name)(\(sizes)\(padding == .same ? ", padding: same" : ""))"
  }

  /// The geometry for an input `forward` was handed (its shape was checked by `outputShape`).
  func geometry(_ shape: [Int]) -> Pooling.Geometry {
    do {
      return try Pooling.Geometry(
        input: shape, poolHeight: poolHeight, poolWidth: poolWidth, strideHeight: strideHeight,
        strideWidth: strideWidth, padding: padding)
    } catch {
      preconditionFailure("\(self): \(error)")
    }
  }
}
