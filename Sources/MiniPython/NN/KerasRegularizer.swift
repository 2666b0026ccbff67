/// An L2 weight penalty (`kernel_regularizer=tf.keras.regularizers.l2(0.01)` or `'l2'`).
///
/// ```
/// R = λ · Σ W²        ∂R/∂W = 2λ · W          (Keras' form: no ½)
/// ```
///
/// The penalty is added to the training and validation losses, as Keras adds `model.losses`.
final class KerasRegularizer: NativeObject {
  /// `λ`.
  let strength: Double

  init(strength: Double) {
    self.strength = strength
  }

  var typeName: String { "keras.regularizers.L2" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<keras.regularizers.L2 l2=\(strength)>"
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    name == "l2" ? .float(strength) : nil
  }

  /// Reads `kernel_regularizer=`: an `l2(...)` object, the name `'l2'` (λ = 0.01), or absent.
  static func read(_ value: PyValue?, _ owner: String) throws(PyException) -> Double? {
    guard let value, !value.isNone else { return nil }
    if case .native(let object) = value, let regularizer = object as? KerasRegularizer {
      return regularizer.strength
    }
    if case .str(let name) = value, name.lowercased() == "l2" { return 0.01 }
    throw PyException(
      .valueError,
      "\(owner): kernel_regularizer must be tf.keras.regularizers.l2(...) or 'l2' (L1 is not supported)"
    )
  }

  /// `l2(l2=0.01)` and its alias `L2`.
  static func constructors() -> [BuiltinFunction] {
    ["l2", "L2"].map { name in
      BuiltinFunction(name: name, signature: "\(name)(l2=0.01)", doc: "An L2 penalty λ·ΣW² on a layer's kernel.") {
        arguments throws(PyException) in
        try KerasArguments.check(arguments, name, positional: ["l2"], keywords: [])
        let strength = try arguments.double("l2", at: 0, default: 0.01)
        guard strength >= 0 else {
          throw PyException(.valueError, "\(name): l2 must be non-negative, got \(strength)")
        }
        return .native(KerasRegularizer(strength: strength))
      }
    }
  }
}
