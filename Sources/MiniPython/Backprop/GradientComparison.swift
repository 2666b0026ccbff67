import NeuralCore

/// One gradient set against its numerical estimate: the relative error, its band, the worst
/// element and, when they disagree, what usually causes that.
///
/// ```
/// relative error = ‖g − n‖ / (‖g‖ + ‖n‖)     (g: analytic, n: numerical, over all elements)
/// worst element  = argmaxᵢ |gᵢ − nᵢ|
/// ```
struct GradientComparison {
  /// What was differentiated: `"x"` for `gradcheck(f, x)`, a parameter path (`"0.kernel"`) for a model.
  var name: String
  /// The point the gradient was taken at (`x`, or the parameter's values), for the diagnosis.
  var point: Tensor
  /// The gradient the learner's code (or the backward pass) returned, of `point`'s shape.
  var analytic: Tensor
  /// Centred differences, of `point`'s shape.
  var numerical: Tensor
  /// The step `h` of the centred differences.
  var step: Double
  /// `|f(x)|`, the size of the value differentiated (for the rounding-noise estimate).
  var valueScale: Double
  /// Why this gradient may disagree though the backward pass is right (ReLU inputs on the kink).
  ///
  /// Reported as the cause when no bug pattern fits.
  var kinks: String? = nil
  /// Two values `f` gave at the same `x`, when they differ: `f` is random.
  var unsteady: (first: Double, second: Double)? = nil
  /// When only some entries of a larger tensor were checked: its shape, and the flat position of
  /// each checked entry (`point`, `analytic` and `numerical` then hold those entries only).
  var sample: (shape: [Int], positions: [Int])? = nil

  /// `‖g − n‖ / (‖g‖ + ‖n‖)`; NaN when either holds a NaN.
  var relativeError: Double {
    let hasNaN =
      analytic.scalars.contains { !$0.isFinite } || numerical.scalars.contains { !$0.isFinite }
    return hasNaN ? .nan : NeuralCore.relativeError(analytic, numerical)
  }

  /// The band of `relativeError`.
  var band: GradCheckBand { GradCheckBand(relativeError: relativeError) }

  /// The flat index of the element where the two differ most (the first NaN if any).
  var worstIndex: Int {
    var worst = 0
    var largest = -1.0
    for i in 0..<analytic.count {
      let difference = abs(analytic.scalars[i] - numerical.scalars[i])
      if difference.isNaN { return i }
      if difference > largest { (worst, largest) = (i, difference) }
    }
    return worst
  }

  /// The worst element's position as numpy writes it: `x[1, 2]`, `x[3]`, `x` for a scalar.
  var worstPosition: String {
    let indices = GradientComparison.indices(
      of: sample?.positions[worstIndex] ?? worstIndex, in: sample?.shape ?? point.shape)
    return indices.isEmpty
      ? name : name + "[" + indices.map(String.init).joined(separator: ", ") + "]"
  }

  /// The numpy index of a flat row-major position in an array of `shape`.
  static func indices(of position: Int, in shape: [Int]) -> [Int] {
    var rest = position
    var indices = [Int](repeating: 0, count: shape.count)
    for axis in shape.indices.reversed() {
      indices[axis] = rest % max(shape[axis], 1)
      rest /= max(shape[axis], 1)
    }
    return indices
  }

  /// The report's lines for this gradient: the error and band, the worst element, and an
  /// explanation when the band is not `great`.
  var lines: [String] {
    let i = worstIndex
    var lines = [
      "relative error \(GradientComparison.scientific(relativeError)): \(band.labelled)",
      "worst element \(worstPosition): numerical \(GradientComparison.number(numerical.scalars[i])), analytic \(GradientComparison.number(analytic.scalars[i]))",
    ]
    if band != .great { lines += GradientDiagnosis(self).explanation }
    return lines
  }

  /// `%.1e`, as the relative errors print: `2.3e-11`.
  static func scientific(_ x: Double) -> String { x.isNaN ? "nan" : PythonFloat.printf(".1e", x) }

  /// `%.10g`, as gradient values print: `0.4999999997`, `2`.
  static func number(_ x: Double) -> String { x.isNaN ? "nan" : PythonFloat.printf(".10g", x) }
}
