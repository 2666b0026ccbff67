/// Element-wise arithmetic with numpy's broadcasting.
///
/// `a ⊕ b` broadcasts both operands to `Tensor.broadcastShape(a.shape, b.shape)` and applies `⊕`
/// per element, with IEEE 754 semantics (`1/0 = inf`, `0/0 = nan`). A scalar operand is applied to
/// every element. Mismatched shapes are a programmer error here: callers that take shapes from a
/// learner validate first with `broadcastShape(_:_:)` or call `broadcasting(_:_:_:)`, which throws.
extension Tensor {
  /// `c = a + b`, broadcasting. - Precondition: the shapes broadcast.
  public static func + (a: Tensor, b: Tensor) -> Tensor { elementwise(a, b, +) }
  /// `c = a - b`, broadcasting. - Precondition: the shapes broadcast.
  public static func - (a: Tensor, b: Tensor) -> Tensor { elementwise(a, b, -) }
  /// `c = a * b` element-wise (Hadamard), broadcasting. - Precondition: the shapes broadcast.
  public static func * (a: Tensor, b: Tensor) -> Tensor { elementwise(a, b, *) }
  /// `c = a / b` element-wise, broadcasting. - Precondition: the shapes broadcast.
  public static func / (a: Tensor, b: Tensor) -> Tensor { elementwise(a, b, /) }

  /// `c = a + s` for every element.
  public static func + (a: Tensor, s: Double) -> Tensor { a.map { $0 + s } }
  /// `c = a - s` for every element.
  public static func - (a: Tensor, s: Double) -> Tensor { a.map { $0 - s } }
  /// `c = a * s` for every element.
  public static func * (a: Tensor, s: Double) -> Tensor { a.map { $0 * s } }
  /// `c = a / s` for every element.
  public static func / (a: Tensor, s: Double) -> Tensor { a.map { $0 / s } }

  /// `c = s + a` for every element.
  public static func + (s: Double, a: Tensor) -> Tensor { a.map { s + $0 } }
  /// `c = s - a` for every element.
  public static func - (s: Double, a: Tensor) -> Tensor { a.map { s - $0 } }
  /// `c = s * a` for every element.
  public static func * (s: Double, a: Tensor) -> Tensor { a.map { s * $0 } }
  /// `c = s / a` for every element.
  public static func / (s: Double, a: Tensor) -> Tensor { a.map { s / $0 } }

  /// `c = -a` for every element (so `-0.0` for `0.0`).
  public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }

  /// `a = a + b` in place. - Precondition: `b` broadcasts to `a.shape`.
  public static func += (a: inout Tensor, b: Tensor) { a.update(with: b, +) }
  /// `a = a - b` in place. - Precondition: `b` broadcasts to `a.shape`.
  public static func -= (a: inout Tensor, b: Tensor) { a.update(with: b, -) }
  /// `a = a * b` in place. - Precondition: `b` broadcasts to `a.shape`.
  public static func *= (a: inout Tensor, b: Tensor) { a.update(with: b, *) }
  /// `a = a / b` in place. - Precondition: `b` broadcasts to `a.shape`.
  public static func /= (a: inout Tensor, b: Tensor) { a.update(with: b, /) }

  /// `a = a + s` in place.
  public static func += (a: inout Tensor, s: Double) { a.updateEach { $0 += s } }
  /// `a = a - s` in place.
  public static func -= (a: inout Tensor, s: Double) { a.updateEach { $0 -= s } }
  /// `a = a * s` in place.
  public static func *= (a: inout Tensor, s: Double) { a.updateEach { $0 *= s } }
  /// `a = a / s` in place.
  public static func /= (a: inout Tensor, s: Double) { a.updateEach { $0 /= s } }

  /// `f` applied to every element; the shape is kept.
  public func map(_ f: (Double) -> Double) -> Tensor {
    Tensor(shape: shape, scalars: scalars.map(f))
  }

  /// `c[i] = f(self[i], other[i])` with both operands broadcast to a common shape.
  ///
  /// - Precondition: the shapes broadcast (use `broadcasting(_:_:_:)` to get a `ShapeError`).
  public func zipWith(_ other: Tensor, _ f: (Double, Double) -> Double) -> Tensor {
    Tensor.elementwise(self, other, f)
  }

  // Inlined so that each operator gets a loop specialised to its arithmetic (and vectorised),
  // instead of an indirect call per element.
  @inline(__always)
  static func elementwise(_ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double) -> Tensor {
    do {
      return try broadcasting(a, b, op)
    } catch {
      preconditionFailure(error.description)
    }
  }

  private mutating func update(with b: Tensor, _ op: (Double, Double) -> Double) {
    if b.shape == shape {
      scalars.withUnsafeMutableBufferPointer { x in
        b.scalars.withUnsafeBufferPointer { y in
          for i in x.indices { x[i] = op(x[i], y[i]) }
        }
      }
      return
    }
    let result = Tensor.elementwise(self, b, op)
    precondition(
      result.shape == shape,
      "non-broadcastable output operand with shape \(ShapeError.text(shape)) doesn't match the "
        + "broadcast shape \(ShapeError.text(result.shape))")
    self = result
  }

  private mutating func updateEach(_ f: (inout Double) -> Void) {
    scalars.withUnsafeMutableBufferPointer { x in
      for i in x.indices { f(&x[i]) }
    }
  }
}
