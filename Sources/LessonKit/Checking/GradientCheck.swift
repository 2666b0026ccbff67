/// Compares an analytic gradient with a centred-difference numerical gradient.
///
/// ```
/// numerical[i] = (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h,   h = 1e-5
/// relative error = max over i of |a − n| / max(|a|, |n|)   (0 where both are 0)
/// ```
/// (cs231n `gradient_check.py`). The variable is perturbed in the learner's session, one
/// element at a time, and restored afterwards.
struct GradientCheck {
  var function: String
  var variable: String
  var limit: Double
  var step = 1e-5

  func run(analytic: CheckValue, in session: inout any LessonSession, name: String) -> CheckOutcome
  {
    func fail(_ message: String) -> CheckOutcome {
      CheckOutcome(name: name, passed: false, message: message)
    }
    guard let a = analytic.numeric else {
      return fail("expected a gradient array, got \(ValueText.describe(analytic))")
    }
    let original: CheckValue
    switch session.evaluate(variable) {
    case .success(let value): original = value
    case .failure(let error): return fail("raised " + error.message)
    }
    guard let x = original.numeric else { return fail("the variable is not numeric") }
    guard a.shape == x.shape else {
      return fail(
        "expected a gradient of shape \(ValueText.shape(x.shape)), got \(ValueText.shape(a.shape))")
    }
    let dtype = if case .array(_, _, let dtype) = original { dtype } else { "float64" }
    var numerical: [Double] = []
    for index in x.scalars.indices {
      var values: [Double] = []
      for sign in [1.0, -1.0] {
        var scalars = x.scalars
        scalars[index] += sign * step
        let perturbed: CheckValue =
          x.shape.isEmpty
          ? .float(scalars[0]) : .array(shape: x.shape, scalars: scalars, dtype: dtype)
        if case .failure(let error) = session.assign(variable, perturbed) {
          return fail("raised " + error.message)
        }
        switch session.evaluate(function) {
        case .success(let value):
          guard let f = value.numeric, f.scalars.count == 1 else {
            return fail("the function must return one number, got \(ValueText.describe(value))")
          }
          values.append(f.scalars[0])
        case .failure(let error):
          _ = session.assign(variable, original)
          return fail("raised " + error.message)
        }
      }
      numerical.append((values[0] - values[1]) / (2 * step))
    }
    _ = session.assign(variable, original)
    var worst = (error: 0.0, index: 0)
    for (index, (p, q)) in zip(a.scalars, numerical).enumerated() {
      let scale = max(abs(p), abs(q))
      let error = scale == 0 ? 0 : abs(p - q) / scale
      if error > worst.error || error.isNaN { worst = (error.isNaN ? .infinity : error, index) }
    }
    if worst.error <= limit { return CheckOutcome(name: name, passed: true) }
    let place = x.shape.isEmpty ? "" : " at index \(ValueText.index(worst.index, in: x.shape))"
    return fail(
      "relative error \(ValueText.number(worst.error))\(place) exceeds \(ValueText.number(limit)) "
        + "(analytic \(ValueText.number(a.scalars[worst.index])), numerical "
        + "\(ValueText.number(numerical[worst.index])))")
  }
}
