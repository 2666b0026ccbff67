/// Checks a layer's backward pass against centred differences, for its input and every parameter.
///
/// The scalar being differentiated is `L = Σ y ⊙ dy` with `y = forward(x)`, so `∂L/∂y = dy` and
/// `backward(dy)` must return `∂L/∂x` and each `∂L/∂p`. Entries are named `"input"` and then the
/// parameter names in sorted order.
///
/// - Parameters:
///   - layer: the layer; its forward pass must be deterministic (a dropout mask is fixed by its
///     stored random state, so it is).
///   - input: `x`, at a point away from kinks.
///   - upstream: `dy`; by default the fixed pattern `dyₖ = cos(0.9k + 0.3)`, which is not
///     constant along any axis (a constant `dy` would hide errors in softmax or batch norm).
///   - step: `h` for the centred differences.
public func checkGradients<L: Layer>(
  of layer: L, at input: Tensor, upstream: Tensor? = nil, step: Double = 1e-5
) -> GradientCheckReport {
  let (output, cache) = layer.forward(input)
  let dy =
    upstream
    ?? Tensor(
      shape: output.shape,
      scalars: (0..<output.count).map { Elementary.cos(0.9 * Double($0) + 0.3) })
  let analytic = layer.backward(dy, cache: cache)
  var analyticByName = analytic.parameters
  analyticByName["input"] = analytic.input
  var numerical = [
    "input": numericalGradient(at: input, upstream: dy, step: step) { layer.forward($0).output }
  ]
  let names = layer.parameters.keys.sorted()
  for name in names {
    guard let value = layer.parameters[name] else { continue }
    numerical[name] = numericalGradient(at: value, upstream: dy, step: step) { probe in
      var probed = layer
      probed.parameters[name] = probe
      return probed.forward(input).output
    }
  }
  return GradientCheckReport(
    names: ["input"] + names, analytic: analyticByName, numerical: numerical, step: step)
}
