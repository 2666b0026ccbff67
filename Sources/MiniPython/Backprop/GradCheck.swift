import NeuralCore

/// `backprop.gradcheck`: a gradient set against centred differences, with an explanation when off.
///
/// `gradcheck(f, x)` takes any function of a numpy array that returns `(value, gradient)`, the
/// way a learner writes a cost with its backward pass:
///
/// ```python
/// def f(w):
///     cost = np.sum(w ** 2)
///     return cost, 2 * w
/// backprop.gradcheck(f, np.array([1.0, -2.0, 0.5]))
/// ```
///
/// It evaluates `f` at `x` for the analytic gradient, then at `x ± h·eᵢ` for every element
/// (`2·x.size` more calls) for `nᵢ = (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h`, prints the report
/// (`verbose=False` keeps it quiet) and returns it as a `GradCheckResult`.
enum GradCheck {
  static let function = BuiltinFunction(
    name: "gradcheck", signature: "gradcheck(f, x, h=1e-05, verbose=True)",
    doc: "Checks a gradient against centred differences. f(x) must return (value, gradient), the\ngradient of x's shape. Prints the relative error ||g - n|| / (||g|| + ||n||), its band\n(great below 1e-7, fine below 1e-5, suspicious below 1e-3, else wrong), the element where\nthe two differ most, and the usual cause when they disagree. Returns the report: .relative_error,\n.band, .passed, .worst_index, .numerical, .analytic."
  ) { arguments throws(PyException) in
    try arguments.allowKeywords(["f", "x", "h", "verbose"])
    try arguments.expectCount(0...2)
    let step = try arguments.double("h", default: 1e-5)
    guard step > 0, step.isFinite else {
      throw PyException(.valueError, "h must be a positive step, got \(PythonFloat.repr(step))", help: "1e-5 (the default) suits float64; Ng's course uses 1e-7")
    }
    let result = try check(try arguments.required("f", at: 0), at: try arguments.required("x", at: 1), step: step, in: arguments.interpreter)
    if try arguments.bool("verbose", default: true) { arguments.interpreter.emit(.text(result.text + "\n")) }
    return .native(result)
  }

  /// Checks `f`'s gradient at `x`.
  static func check(_ f: PyValue, at xValue: PyValue, step: Double, in interpreter: Interpreter) throws(PyException)
    -> GradCheckResult
  {
    let x: NDArray
    do {
      x = try Numpy.array(xValue)
    } catch {
      throw PyException(.typeError, "gradcheck(f, x): x must be a numpy array of numbers, not \(xValue.typeName)")
    }
    let point = x.tensor
    guard point.count > 0 else { throw PyException(.valueError, "gradcheck(f, x): x is empty, there is nothing to check") }
    let (value, gradient) = try evaluate(f, at: point, in: interpreter)
    guard let gradient else { preconditionFailure("evaluate returns a gradient when asked for one") }
    guard gradient.shape == point.shape else {
      throw PyException(
        .valueError,
        "the gradient f(x) returned has shape \(shapeText(gradient.shape)), but x has shape \(shapeText(point.shape))",
        help: "return the gradient of the value with respect to x, of x's shape (reshape it, or check which axis it sums over)")
    }
    var failure: PyException?
    let numerical = numericalGradient(at: point, step: step) { probe in
      guard failure == nil else { return .nan }
      do throws(PyException) {
        return try evaluate(f, at: probe, in: interpreter, wantsGradient: false).value
      } catch {
        failure = error
        return .nan
      }
    }
    if let failure { throw failure }
    let comparison = GradientComparison(
      name: "x", point: point, analytic: gradient, numerical: numerical, step: step, valueScale: abs(value))
    return GradCheckResult(
      heading: "gradcheck: \(point.count) value\(point.count == 1 ? "" : "s") of x by centred differences (h = \(PythonFloat.repr(step)))",
      comparisons: [comparison])
  }

  /// Calls `f(x)` with a fresh array and reads its `(value, gradient)`.
  private static func evaluate(_ f: PyValue, at point: Tensor, in interpreter: Interpreter, wantsGradient: Bool = true)
    throws(PyException) -> (value: Double, gradient: Tensor?)
  {
    let returned = try interpreter.call(f, [.native(NDArray(point))])
    let parts: [PyValue]
    switch returned {
    case .tuple(let items): parts = items
    case .list(let list): parts = list.items
    default: parts = []
    }
    guard parts.count == 2 else {
      let what = parts.isEmpty ? returned.typeName : "\(parts.count) values"
      throw PyException(
        .typeError, "gradcheck(f, x) needs f(x) to return (value, gradient); it returned \(what)",
        help: "end f with `return cost, grad`, grad of x's shape")
    }
    let value: Double
    if let number = parts[0].asDouble {
      value = number
    } else if case .native(let object) = parts[0], let array = object as? NDArray, array.count == 1 {
      value = array.first
    } else {
      let described = (try? Numpy.array(parts[0])).map { "an array of shape \(shapeText($0.shape))" } ?? parts[0].typeName
      throw PyException(
        .typeError, "the value f(x) returns must be one number, not \(described)",
        help: "gradcheck differentiates a scalar: return the cost (np.sum(...), or float(...)), then the gradient")
    }
    guard wantsGradient else { return (value, nil) }
    do {
      return (value, try Numpy.array(parts[1]).tensor)
    } catch {
      throw PyException(.typeError, "the gradient f(x) returns must be an array of numbers, not \(parts[1].typeName)")
    }
  }
}
