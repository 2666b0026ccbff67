/// The modules a session can import, by dotted name, each made by a factory once per session.
///
/// `import numpy as np` looks up `"numpy"`; `import matplotlib.pyplot as plt` looks up
/// `"matplotlib.pyplot"` (and binds `matplotlib` to a package module whose members are its
/// registered children when imported without `as`); `from tensorflow.keras import layers` finds
/// `"tensorflow.keras.layers"` or the member `layers` of `"tensorflow.keras"`.
public struct ModuleRegistry: Sendable {
  /// Makes a fresh module for one session.
  public typealias Factory = @Sendable () -> PyModule

  private var factories: [String: Factory] = [:]

  /// Creates an empty registry.
  public init() {}

  /// Registers (or replaces) a module under its dotted name.
  public mutating func register(_ name: String, _ factory: @escaping Factory) {
    factories[name] = factory
  }

  /// The registered names, sorted.
  public var names: [String] { factories.keys.sorted() }

  /// The factory for `name`, if registered.
  public func factory(for name: String) -> Factory? { factories[name] }

  /// Whether `name` is registered or is the package prefix of a registered module (`"matplotlib"`).
  public func isPackage(_ name: String) -> Bool {
    factories.keys.contains { $0.hasPrefix(name + ".") }
  }

  /// The names of direct children of a package (`"pyplot"` for `"matplotlib"`).
  public func children(of package: String) -> [String] {
    let prefix = package + "."
    return factories.keys.filter { $0.hasPrefix(prefix) }
      .map { String($0.dropFirst(prefix.count)) }
      .filter { !$0.contains(".") }
      .sorted()
  }
}
