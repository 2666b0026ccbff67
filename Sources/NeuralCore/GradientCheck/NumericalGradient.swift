/// The gradient of a scalar function at `x`, estimated by centred differences.
///
/// ```
/// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h
/// ```
///
/// The centred form errs by O(h²), the one-sided form by O(h). Rounding adds about ε·|f|/h, so
/// in `Double` with h = 1e-5 the estimate is good to roughly 1e-10 relative: far below what
/// separates a correct backward pass from a wrong one. Costs two evaluations of `f` per element.
///
/// - Parameters:
///   - x: the point, any shape.
///   - h: the step, 1e-5 by default (cs231n's choice).
///   - f: the function; it must not depend on anything that changes between calls.
/// - Returns: `∂f/∂x`, the shape of `x`.
public func numericalGradient(at x: Tensor, step h: Double = 1e-5, of f: (Tensor) -> Double)
  -> Tensor
{
  var probe = x
  var gradient = Tensor(zeros: x.shape)
  for i in 0..<x.count {
    let original = probe.scalars[i]
    probe.scalars[i] = original + h
    let above = f(probe)
    probe.scalars[i] = original - h
    let below = f(probe)
    probe.scalars[i] = original
    gradient.scalars[i] = (above - below) / (2 * h)
  }
  return gradient
}

/// The gradient of `Σ f(x) ⊙ upstream` at `x`: what a backward pass returns for `upstream`.
///
/// cs231n's `eval_numerical_gradient_array`. For a layer `y = f(x)` and an upstream gradient
/// `dy` of `y`'s shape, this estimates `dx = (∂y/∂x)ᵀ·dy` without forming the Jacobian.
///
/// - Precondition: `f(x)` has the shape of `upstream`.
public func numericalGradient(
  at x: Tensor, upstream: Tensor, step h: Double = 1e-5, of f: (Tensor) -> Tensor
) -> Tensor {
  numericalGradient(at: x, step: h) { probe in
    let y = f(probe)
    precondition(
      y.shape == upstream.shape, "output \(y.shape) does not match upstream \(upstream.shape)")
    var total = 0.0
    for (a, b) in zip(y.scalars, upstream.scalars) { total += a * b }
    return total
  }
}
