import NeuralCore

/// Reads a disagreement between a gradient `g` and its numerical estimate `n` for its usual cause.
///
/// The patterns, tried in order (the first that fits is reported):
/// - `f` giving two values at the same `x` (dropout left on);
/// - NaN or inf in `g` or in `f` itself;
/// - `g = 0` while `f` changes: the backward pass never filled the gradient in;
/// - `g = c·n` for a constant `c ≠ 1`: a constant factor (`1/m`, 2 from a square, a sign);
/// - rounding: `ε·|f|/h` comparable to the gradient, when `f` is large;
/// - `g = nᵀ` for a square matrix: the gradient is transposed;
/// - `g − n = k·x`: an L2 term in the gradient but not in the cost, or the other way round;
/// - a model's ReLU inputs within `h` of their kink (the comparison's `kinks`);
/// - a few elements far off and the rest right: a kink within `h` of the point (ReLU, abs, max),
///   or entries the backward pass mishandles;
/// - otherwise, for `suspicious` and `wrong`, a general pointer to the chain rule.
struct GradientDiagnosis {
  let comparison: GradientComparison

  init(_ comparison: GradientComparison) {
    self.comparison = comparison
  }

  /// The explanation lines (none when nothing is off).
  var explanation: [String] { [cause].compactMap { $0 } }

  private var cause: String? {
    let c = comparison
    if let values = c.unsteady {
      return
        "f gave \(GradientComparison.number(values.first)) and then \(GradientComparison.number(values.second)) at the same x: it is random (dropout drawing a new mask, np.random inside f), so the centred differences measure noise; turn dropout off (keep_prob = 1) or reseed inside f while checking"
    }
    let g = c.analytic.scalars
    let n = c.numerical.scalars
    if g.contains(where: { !$0.isFinite }) {
      return
        "the gradient holds NaN or inf: the backward pass divides by zero, takes log(0) or overflows exp (is a sigmoid output exactly 0 or 1?)"
    }
    if n.contains(where: { !$0.isFinite }) {
      return "f itself gives NaN or inf near x: the forward pass overflows or takes log(0) there"
    }
    let gNorm = norm(g)
    let nNorm = norm(n)
    if gNorm == 0 {
      return
        "the gradient is all zeros, but f changes with x: the backward pass never fills it in (or returns another variable)"
    }
    if nNorm == 0 {
      return
        "f does not change with x (numerically its gradient is 0), yet the gradient is not: does f read x, or something computed before the call?"
    }
    let factor = dot(g, n) / dot(n, n)
    if residual(g, minus: factor, n) < 1e-3 * gNorm && abs(factor - 1) > 1e-3 {
      if abs(factor + 1) < 1e-3 {
        return
          "the gradient has the wrong sign: it is -1 × the numerical one (a minus dropped, as in d(-log a)/da = -1/a)"
      }
      return
        "the gradient is \(PythonFloat.printf(".4g", factor)) × the numerical one: a constant factor is off, such as 1/m (the number of examples), 2 from a square (d(x²)/dx = 2x) or ½ in the cost"
    }
    let noise = Double.ulpOfOne * c.valueScale / c.step
    if noise > 1e-4 * (n.map(abs).max() ?? 0) {
      return
        "float precision: f is about \(GradientComparison.scientific(c.valueScale)), so each centred difference carries rounding noise of about ε·|f|/h = \(GradientComparison.scientific(noise)); check on a smaller problem or with a larger h"
    }
    let shape = c.point.shape
    if shape.count == 2, shape[0] == shape[1], shape[0] > 1,
      NeuralCore.relativeError(c.analytic, c.numerical.transposed()) < 1e-5
    {
      return
        "the gradient is the transpose of the numerical one: compute it in the orientation of \(c.name) (dW = dZ · A_prev.T, of W's shape)"
    }
    let x = c.point.scalars
    let difference = zip(g, n).map { $0 - $1 }
    if dot(x, x) > 0 {
      let k = dot(difference, x) / dot(x, x)
      if residual(difference, minus: k, x) < 1e-3 * norm(difference) {
        return k > 0
          ? "the gradient exceeds the numerical one by \(PythonFloat.printf(".4g", k)) × \(c.name): it has an L2 term (λ/m · W) that the cost lacks; add λ/(2m) · ‖W‖² to the cost, or drop the term"
          : "the gradient falls short of the numerical one by \(PythonFloat.printf(".4g", -k)) × \(c.name): the cost has an L2 term (λ/(2m) · ‖W‖²) whose gradient λ/m · W is missing"
      }
    }
    if let kinks = c.kinks, c.band >= .fine { return kinks }
    let gaps = difference.map(abs)
    let largest = gaps.max() ?? 0
    let offCount = gaps.filter { $0 > 0.1 * largest }.count
    if g.count >= 4 && offCount * 4 <= g.count && c.band >= .suspicious {
      var text =
        "only \(offCount) of \(g.count) elements disagree (the largest gap at \(c.worstPosition)): a kink (ReLU, abs, max) within h of the point makes centred differences straddle it, so check at another x; if the gap stays, the backward pass mishandles those entries (a mask, an index, an edge)"
      let worst = x[c.worstIndex]
      if abs(worst) <= c.step {
        text += "; \(c.worstPosition) = \(GradientComparison.number(worst)) lies within h of 0"
      }
      return text
    }
    switch c.band {
    case .great: return nil
    case .fine:
      return
        "fine: a little above 1e-7, as centred differences give near kinks (ReLU) or with large values; for a smooth function at a small point, look for a small missing term"
    case .suspicious, .wrong:
      return
        "the gradient does not match f: recheck each step of the backward pass against the forward pass, term by term (the values each step needs, each dZ of Z's shape)"
    }
  }

  private func dot(_ a: [Double], _ b: [Double]) -> Double {
    var total = 0.0
    for (x, y) in zip(a, b) { total += x * y }
    return total
  }

  private func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

  /// `‖a − k·b‖`.
  private func residual(_ a: [Double], minus k: Double, _ b: [Double]) -> Double {
    norm(zip(a, b).map { $0 - k * $1 })
  }
}
