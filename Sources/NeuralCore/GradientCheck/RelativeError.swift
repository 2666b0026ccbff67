/// The relative error between two gradients as whole vectors: `‖g − n‖ / (‖g‖ + ‖n‖)`.
///
/// Andrew Ng's gradient-check formula, with Euclidean norms over all elements. It is 0 for
/// identical tensors, 1 when one is zero and the other not, and 0 when both are zero. Tiny
/// elements cannot dominate it, unlike `maxRelativeError`.
///
/// - Precondition: the shapes are equal.
public func relativeError(_ analytic: Tensor, _ numerical: Tensor) -> Double {
  precondition(
    analytic.shape == numerical.shape, "shapes \(analytic.shape) and \(numerical.shape) differ")
  var difference = 0.0
  var a = 0.0
  var n = 0.0
  for (g, m) in zip(analytic.scalars, numerical.scalars) {
    difference += (g - m) * (g - m)
    a += g * g
    n += m * m
  }
  let denominator = a.squareRoot() + n.squareRoot()
  return denominator == 0 ? 0 : difference.squareRoot() / denominator
}

/// The largest element-wise relative error: `maxᵢ |aᵢ − bᵢ| / max(1e-8, |aᵢ| + |bᵢ|)`.
///
/// cs231n's `rel_error`. The floor of 1e-8 keeps two zeros from dividing 0 by 0. NaN in either
/// tensor gives NaN, so a broken gradient can never look good.
///
/// - Precondition: the shapes are equal.
public func maxRelativeError(_ a: Tensor, _ b: Tensor) -> Double {
  precondition(a.shape == b.shape, "shapes \(a.shape) and \(b.shape) differ")
  var worst = 0.0
  for (x, y) in zip(a.scalars, b.scalars) {
    let error = abs(x - y) / max(1e-8, abs(x) + abs(y))
    if error.isNaN { return .nan }
    worst = max(worst, error)
  }
  return worst
}
