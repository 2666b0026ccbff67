import NeuralCore

/// An optimizer object (`tf.keras.optimizers.Adam(learning_rate=0.01)`, or `'adam'` by name):
/// a NeuralCore optimizer with its per-parameter state, and an optional learning-rate schedule
/// stepped once per batch, as Keras steps it.
///
/// | Keras | NeuralCore |
/// |---|---|
/// | `SGD(learning_rate=0.01)` | `SGD` |
/// | `SGD(learning_rate, momentum=β)` | `Momentum(form: .velocity)`: `v ← β·v − α·g`, `θ ← θ + v` |
/// | `RMSprop(learning_rate=0.001, rho=0.9, epsilon=1e-7)` | `RMSProp` |
/// | `Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7)` | `Adam` |
final class KerasOptimizer: NativeObject {
  /// The NeuralCore rule with its state.
  enum Rule {
    case sgd(SGD), momentum(Momentum), rmsprop(RMSProp), adam(Adam)
  }

  static let names = ["sgd", "rmsprop", "adam"]

  let className: String
  var rule: Rule
  /// Sets the learning rate before each batch, from the number of batches taken.
  let schedule: KerasSchedule?
  /// Batches taken so far (Keras' `optimizer.iterations`).
  private(set) var iterations = 0

  init(className: String, rule: Rule, schedule: KerasSchedule?) {
    self.className = className
    self.rule = rule
    self.schedule = schedule
  }

  /// `α` used for the next step.
  var learningRate: Double {
    get {
      switch rule {
      case .sgd(let o): o.learningRate
      case .momentum(let o): o.learningRate
      case .rmsprop(let o): o.learningRate
      case .adam(let o): o.learningRate
      }
    }
    set {
      switch rule {
      case .sgd(var o): o.learningRate = newValue; rule = .sgd(o)
      case .momentum(var o): o.learningRate = newValue; rule = .momentum(o)
      case .rmsprop(var o): o.learningRate = newValue; rule = .rmsprop(o)
      case .adam(var o): o.learningRate = newValue; rule = .adam(o)
      }
    }
  }

  /// One step on every parameter of `model` that has a gradient.
  func update(_ model: inout Sequential, along gradients: [String: Tensor]) {
    if let schedule { learningRate = schedule.learningRate(atStep: iterations) }
    switch rule {
    case .sgd(var o): o.update(&model, along: gradients); rule = .sgd(o)
    case .momentum(var o): o.update(&model, along: gradients); rule = .momentum(o)
    case .rmsprop(var o): o.update(&model, along: gradients); rule = .rmsprop(o)
    case .adam(var o): o.update(&model, along: gradients); rule = .adam(o)
    }
    iterations += 1
  }

  var typeName: String { "keras.optimizers.\(className)" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<keras.optimizers.\(className) learning_rate=\(PythonFloat.repr(learningRate))>"
  }

  var attributeNames: [String] { ["learning_rate", "lr", "iterations"] }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "learning_rate", "lr":
      return .float(schedule?.learningRate(atStep: iterations) ?? learningRate)
    case "iterations": return .int(iterations)
    default: return nil
    }
  }

  func setAttribute(_ name: String, to value: PyValue, in interpreter: Interpreter) throws(PyException)
    -> Bool
  {
    guard name == "learning_rate" || name == "lr" else { return false }
    learningRate = try Arguments.real(value)
    return true
  }

  /// Reads `optimizer=`: a name with Keras' defaults, or an optimizer object.
  static func read(_ value: PyValue) throws(PyException) -> KerasOptimizer {
    if case .native(let object) = value, let optimizer = object as? KerasOptimizer { return optimizer }
    guard case .str(let name) = value else {
      throw PyException(
        .valueError,
        "compile: optimizer must be a name (supported: \(names.joined(separator: ", "))) or a tf.keras.optimizers object, got \(value.typeName)"
      )
    }
    switch name.lowercased() {
    case "sgd": return KerasOptimizer(className: "SGD", rule: .sgd(SGD(learningRate: 0.01)), schedule: nil)
    case "rmsprop":
      return KerasOptimizer(
        className: "RMSprop", rule: .rmsprop(RMSProp(learningRate: 0.001, beta: 0.9, epsilon: 1e-7)), schedule: nil)
    case "adam": return KerasOptimizer(className: "Adam", rule: .adam(Adam(epsilon: 1e-7)), schedule: nil)
    default:
      throw PyException(
        .valueError,
        "compile: unknown optimizer '\(name)' (supported: \(names.joined(separator: ", ")))")
    }
  }

  /// The classes of `tf.keras.optimizers`.
  static func constructors() -> [BuiltinFunction] {
    [
      constructor("SGD", ["learning_rate", "momentum"], 0.01) { a, rate throws(PyException) in
        let momentum = try a.double("momentum", at: 1, default: 0)
        guard momentum >= 0, momentum < 1 else {
          throw PyException(.valueError, "SGD: momentum must be in [0, 1), got \(momentum)")
        }
        return momentum == 0
          ? .sgd(SGD(learningRate: rate))
          : .momentum(Momentum(learningRate: rate, momentum: momentum, form: .velocity))
      },
      constructor("RMSprop", ["learning_rate", "rho", "epsilon"], 0.001) { a, rate throws(PyException) in
        let rho = try a.double("rho", at: 1, default: 0.9)
        let epsilon = try a.double("epsilon", at: 2, default: 1e-7)
        guard rho >= 0, rho < 1, epsilon >= 0 else {
          throw PyException(.valueError, "RMSprop: rho must be in [0, 1) and epsilon non-negative")
        }
        return .rmsprop(RMSProp(learningRate: rate, beta: rho, epsilon: epsilon))
      },
      constructor("Adam", ["learning_rate", "beta_1", "beta_2", "epsilon"], 0.001) { a, rate throws(PyException) in
        let beta1 = try a.double("beta_1", at: 1, default: 0.9)
        let beta2 = try a.double("beta_2", at: 2, default: 0.999)
        let epsilon = try a.double("epsilon", at: 3, default: 1e-7)
        guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1, epsilon >= 0 else {
          throw PyException(.valueError, "Adam: beta_1 and beta_2 must be in [0, 1) and epsilon non-negative")
        }
        return .adam(Adam(learningRate: rate, beta1: beta1, beta2: beta2, epsilon: epsilon))
      },
    ]
  }

  private static func constructor(
    _ name: String, _ positional: [String], _ defaultRate: Double,
    _ make: @escaping (Arguments, Double) throws(PyException) -> Rule
  ) -> BuiltinFunction {
    let signature = "\(name)(" + positional.joined(separator: ", ") + ")"
    return BuiltinFunction(name: name, signature: signature, doc: "The \(name) optimizer.") {
      arguments throws(PyException) in
      try KerasArguments.check(arguments, name, positional: positional, keywords: ["lr", "name"])
      var schedule: KerasSchedule?
      var rate = defaultRate
      var given = try arguments.value("learning_rate", at: 0)
      if given == nil { given = try arguments.value("lr") }
      if let value = given {
        if case .native(let object) = value, let found = object as? KerasSchedule {
          schedule = found
          rate = found.learningRate(atStep: 0)
        } else {
          rate = try Arguments.real(value)
        }
      }
      guard rate >= 0 else {
        throw PyException(.valueError, "\(name): learning_rate must be non-negative, got \(rate)")
      }
      return .native(KerasOptimizer(className: name, rule: try make(arguments, rate), schedule: schedule))
    }
  }
}
