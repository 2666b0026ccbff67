
/// A learning-rate schedule of `tf.keras.optimizers.schedules`, a function of the batch count.
///
/// ```
/// ExponentialDecay   α = α₀ · r^(step / k)              (staircase: ⌊step / k⌋)
/// InverseTimeDecay   α = α₀ / (1 + r · step / k)        (staircase: ⌊step / k⌋)
/// ```
///
/// `α₀` is `initial_learning_rate`, `r` `decay_rate`, `k` `decay_steps`. Keras counts steps in
/// batches, not epochs: with 10 batches per epoch, `decay_steps=10` decays once per epoch.
final class KerasSchedule: NativeObject {
  enum Form: String { case exponential = "ExponentialDecay", inverseTime = "InverseTimeDecay" }

  let form: Form
  let initialRate: Double
  let decaySteps: Int
  let decayRate: Double
  let staircase: Bool

  init(form: Form, initialRate: Double, decaySteps: Int, decayRate: Double, staircase: Bool) {
    self.form = form
    self.initialRate = initialRate
    self.decaySteps = decaySteps
    self.decayRate = decayRate
    self.staircase = staircase
  }

  /// `α` for the given step, counted from 0.
  func learningRate(atStep step: Int) -> Double {
    var p = Double(step) / Double(decaySteps)
    if staircase { p = p.rounded(.down) }
    switch form {
    case .exponential: return initialRate * LibM.pow(decayRate, p)
    case .inverseTime: return initialRate / (1 + decayRate * p)
    }
  }

  var typeName: String { "keras.optimizers.schedules.\(form.rawValue)" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<keras.optimizers.schedules.\(form.rawValue) initial_learning_rate=\(PythonFloat.repr(initialRate))>"
  }

  /// `schedule(step)`: the learning rate at that step.
  func call(_ arguments: Arguments) throws(PyException) -> PyValue? {
    try arguments.expectCount(1...1)
    return .float(learningRate(atStep: try arguments.int("step", at: 0)))
  }

  /// The classes of `tf.keras.optimizers.schedules`.
  static func constructors() -> [BuiltinFunction] {
    [Form.exponential, .inverseTime].map { form in
      let positional = ["initial_learning_rate", "decay_steps", "decay_rate", "staircase"]
      return BuiltinFunction(
        name: form.rawValue,
        signature: "\(form.rawValue)(initial_learning_rate, decay_steps, decay_rate, staircase=False)",
        doc: "A learning rate that decays with the number of batches taken."
      ) { a throws(PyException) in
        try KerasArguments.check(a, form.rawValue, positional: positional, keywords: ["name"])
        let steps = try a.int("decay_steps", at: 1)
        guard steps > 0 else {
          throw PyException(.valueError, "\(form.rawValue): decay_steps must be positive, got \(steps)")
        }
        return .native(
          KerasSchedule(
            form: form, initialRate: try a.double("initial_learning_rate", at: 0), decaySteps: steps,
            decayRate: try a.double("decay_rate", at: 2), staircase: try a.bool("staircase", at: 3, default: false)))
      }
    }
  }
}
