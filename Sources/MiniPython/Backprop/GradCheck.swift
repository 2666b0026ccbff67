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
/// It evaluates `f` at `x` for the analytic gradient, once more to see that `f` is not random,
/// then at `x ± h·eᵢ` for every element (`2·x.size` more calls) for `nᵢ = (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h`, prints the report
/// (`verbose=False` keeps it quiet) and returns it as a `GradCheckResult`.
enum GradCheck {
  static let function = BuiltinFunction(
    name: "gradcheck",
    signature:
      "gradcheck(f, x, h=1e-05, verbose=True) or gradcheck(model, X, Y, h=1e-05, samples=20, verbose=True)",
    doc:
      "Checks gradients against centred differences and prints a report. gradcheck(f, x): f(x) must\nreturn (value, gradient), the gradient of x's shape. gradcheck(model, X, Y): every weight of a\ncompiled model on the batch (X, Y), against what fit's backward pass gives (samples entries per\nweight tensor at most). The report gives the relative error ||g - n|| / (||g|| + ||n||), its\nband (great below 1e-7, fine below 1e-5, suspicious below 1e-3, else wrong), the element where\nthe two differ most, and the usual cause when they disagree. Returns the report: .relative_error,\n.band, .passed, .worst_index, .worst (the worst tensor's name), .numerical, .analytic."
  ) { arguments throws(PyException) in
    try arguments.allowSupportedKeywords(["f", "x", "h", "verbose", "samples"])
    try arguments.expectCount(0...3)
    let step = try arguments.double("h", default: 1e-5)
    guard step > 0, step.isFinite else {
      throw PyException(
        .valueError, "h must be a positive step, got \(PythonFloat.repr(step))",
        help: "1e-5 (the default) suits float64; Ng's course uses 1e-7")
    }
    let interpreter = arguments.interpreter
    let result: GradCheckResult
    let first = try arguments.required("f", at: 0)
    if case .native(let object) = first, let model = object as? KerasModel {
      guard arguments.count == 3 else {
        throw PyException(
          .typeError, "gradcheck(model, X, Y) takes a batch of inputs X and targets Y",
          help: "a few examples are enough: gradcheck(model, X[:8], Y[:8])")
      }
      let samples = try arguments.int("samples", default: 20)
      guard samples >= 2 else {
        throw PyException(.valueError, "samples must be at least 2, got \(samples)")
      }
      result = try check(
        model: model, x: arguments[1], y: arguments[2], step: step, samples: samples,
        in: interpreter)
    } else {
      guard arguments.count <= 2 else {
        throw PyException(
          .typeError,
          "gradcheck() takes (f, x) for a function or (model, X, Y) for a compiled model; got \(first.typeName) and \(arguments.count - 1) more arguments"
        )
      }
      if try arguments.value("samples") != nil {
        throw PyException(
          .typeError,
          "samples= is for gradcheck(model, X, Y); gradcheck(f, x) checks every element of x")
      }
      result = try check(first, at: try arguments.required("x", at: 1), step: step, in: interpreter)
    }
    if try arguments.bool("verbose", default: true) { interpreter.emit(.text(result.text + "\n")) }
    return .native(result)
  }

  /// Checks `f`'s gradient at `x`.
  static func check(_ f: PyValue, at xValue: PyValue, step: Double, in interpreter: Interpreter)
    throws(PyException)
    -> GradCheckResult
  {
    let x: NDArray
    do {
      x = try Numpy.array(xValue)
    } catch {
      throw PyException(
        .typeError, "gradcheck(f, x): x must be a numpy array of numbers, not \(xValue.typeName)")
    }
    let point = x.tensor
    guard point.count > 0 else {
      throw PyException(.valueError, "gradcheck(f, x): x is empty, there is nothing to check")
    }
    let (value, gradient) = try evaluate(f, at: point, in: interpreter)
    guard let gradient else {
      preconditionFailure("evaluate returns a gradient when asked for one")
    }
    guard gradient.shape == point.shape else {
      throw PyException(
        .valueError,
        "the gradient f(x) returned has shape \(shapeText(gradient.shape)), but x has shape \(shapeText(point.shape))",
        help:
          "return the gradient of the value with respect to x, of x's shape (reshape it, or check which axis it sums over)"
      )
    }
    let again = try evaluate(f, at: point, in: interpreter, wantsGradient: false).value
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
      name: "x", point: point, analytic: gradient, numerical: numerical, step: step,
      valueScale: abs(value),
      unsteady: again == value || (again.isNaN && value.isNaN) ? nil : (value, again))
    return GradCheckResult(
      heading:
        "gradcheck: \(point.count) value\(point.count == 1 ? "" : "s") of x by centred differences (h = \(PythonFloat.repr(step)))",
      comparisons: [comparison])
  }

  /// Calls `f(x)` with a fresh array and reads its `(value, gradient)`.
  private static func evaluate(
    _ f: PyValue, at point: Tensor, in interpreter: Interpreter, wantsGradient: Bool = true
  )
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
    } else if case .native(let object) = parts[0], let array = object as? NDArray, array.count == 1
    {
      value = array.first
    } else {
      let described =
        (try? Numpy.array(parts[0])).map { "an array of shape \(shapeText($0.shape))" }
        ?? parts[0].typeName
      throw PyException(
        .typeError, "the value f(x) returns must be one number, not \(described)",
        help:
          "gradcheck differentiates a scalar: return the cost (np.sum(...), or float(...)), then the gradient"
      )
    }
    guard wantsGradient else { return (value, nil) }
    do {
      return (value, try Numpy.array(parts[1]).tensor)
    } catch {
      throw PyException(
        .typeError,
        "the gradient f(x) returns must be an array of numbers, not \(parts[1].typeName)")
    }
  }
}
