import NeuralCore

/// The weight initialisers a layer takes by name (`kernel_initializer='he_normal'`) or as an
/// object (`tf.keras.initializers.RandomNormal(stddev=0.01)`).
///
/// ```
/// glorot_uniform   U(−l, l), l = √(6 / (fanIn + fanOut))    (Keras' default)
/// glorot_normal    √(2 / (fanIn + fanOut)) · randn          (Keras truncates; we do not)
/// he_normal        √(2 / fanIn) · randn                     (Keras truncates; we do not)
/// random_normal    stddev · randn, stddev 0.05
/// zeros            0
/// ```
final class KerasInitializer: NativeObject {
  static let names = ["glorot_uniform", "glorot_normal", "he_normal", "random_normal", "zeros"]

  let name: String
  let initializer: Initializer

  init(name: String, initializer: Initializer) {
    self.name = name
    self.initializer = initializer
  }

  var typeName: String { "keras.initializers.\(Self.className(name))" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<keras.initializers.\(Self.className(name)): \(initializer)>"
  }

  /// The initialiser for a name.
  static func named(_ name: String, _ owner: String) throws(PyException) -> Initializer {
    switch name.lowercased() {
    case "glorot_uniform", "glorotuniform": return .xavierUniform
    case "glorot_normal", "glorotnormal": return .xavierNormal
    case "he_normal", "henormal": return .he
    case "random_normal", "randomnormal": return .scaledNormal(scale: 0.05)
    case "zeros": return .zeros
    default:
      throw PyException(
        .valueError,
        "\(owner): unknown initializer '\(name)' (supported: \(names.joined(separator: ", ")))")
    }
  }

  /// Reads `kernel_initializer=`: a name, an initialiser object, or absent (`fallback`).
  static func read(_ value: PyValue?, _ owner: String, default fallback: Initializer)
    throws(PyException) -> Initializer
  {
    guard let value, !value.isNone else { return fallback }
    if case .native(let object) = value, let initializer = object as? KerasInitializer {
      return initializer.initializer
    }
    guard case .str(let name) = value else {
      throw PyException(
        .valueError,
        "\(owner): kernel_initializer must be a name (supported: \(names.joined(separator: ", "))) or an initializer object"
      )
    }
    return try named(name, owner)
  }

  /// The constructors of `tf.keras.initializers`.
  static func constructors() -> [BuiltinFunction] {
    let simple: [(String, Initializer)] = [
      ("GlorotUniform", .xavierUniform), ("GlorotNormal", .xavierNormal), ("HeNormal", .he),
      ("Zeros", .zeros),
    ]
    var functions = simple.map { pair in
      BuiltinFunction(name: pair.0, signature: "\(pair.0)()", doc: "The \(pair.1) initializer.") {
        arguments throws(PyException) in
        try KerasArguments.check(arguments, pair.0, positional: [], keywords: [])
        return .native(KerasInitializer(name: snake(pair.0), initializer: pair.1))
      }
    }
    functions.append(
      BuiltinFunction(
        name: "RandomNormal", signature: "RandomNormal(mean=0.0, stddev=0.05)",
        doc: "Weights drawn from a normal distribution of mean 0 and the given standard deviation."
      ) { arguments throws(PyException) in
        try KerasArguments.check(
          arguments, "RandomNormal", positional: ["mean", "stddev"], keywords: ["seed"])
        let mean = try arguments.double("mean", at: 0, default: 0)
        guard mean == 0 else {
          throw PyException(.valueError, "RandomNormal: only mean=0.0 is supported, got \(mean)")
        }
        let stddev = try arguments.double("stddev", at: 1, default: 0.05)
        return .native(KerasInitializer(name: "random_normal", initializer: .scaledNormal(scale: stddev)))
      })
    return functions
  }

  private static func className(_ name: String) -> String {
    name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  private static func snake(_ name: String) -> String {
    var result = ""
    for character in name {
      if character.isUppercase, !result.isEmpty { result += "_" }
      result += character.lowercased()
    }
    return result
  }
}
