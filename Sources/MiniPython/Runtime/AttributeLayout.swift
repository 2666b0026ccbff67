/// Where each instance attribute of a class lives: every name gets a fixed index the first time
/// any instance of the class sets it, and keeps it for good (the list only grows).
///
/// All instances of a user class share their class's layout, so `self.W` sits at the same index
/// in every `Layer`, and a call site that remembers (layout, index) reads the attribute without
/// hashing its name. Instances of built-in classes (exceptions, `object()`), whose class objects
/// every session shares, get a layout of their own, so no two threads ever grow one layout.
final class AttributeLayout {
  /// The names by index.
  private(set) var names: [String] = []
  private var indexOf: [String: Int] = [:]

  init() {}

  /// The number of names with an index.
  var count: Int { names.count }

  /// The index of `name`, if any instance has set it.
  func index(of name: String) -> Int? { indexOf[name] }

  /// The index of `name`, assigned now if it has none.
  func add(_ name: String) -> Int {
    if let index = indexOf[name] { return index }
    let index = names.count
    names.append(name)
    indexOf[name] = index
    return index
  }
}

/// A call site's memory of where one attribute name lives in the last layout it met (an inline
/// cache): `obj.name` in a loop then reads a slot instead of hashing the name.
///
/// The cache holds the layout strongly, so a remembered layout is never freed and its address
/// never reused: `===` on it means "the same layout".
final class AttributeCache {
  let name: String
  private var layout: AttributeLayout?
  /// The name's index in `layout`, or -1 if the layout had no such name when last looked at.
  private var index = -1
  /// `layout.count` when the name was found missing (a later `add` may have given it an index).
  private var countWhenMissing = 0

  init(_ name: String) {
    self.name = name
  }

  /// The index of the name in `layout`, or -1 if no instance with this layout has it.
  @inline(__always)
  func index(in layout: AttributeLayout) -> Int {
    if layout === self.layout, index >= 0 || layout.count == countWhenMissing { return index }
    return resolve(layout)
  }

  private func resolve(_ layout: AttributeLayout) -> Int {
    self.layout = layout
    index = layout.index(of: name) ?? -1
    countWhenMissing = layout.count
    return index
  }

  /// `instance.name` when this site has already resolved the instance's layout and the instance
  /// has the attribute; `nil` otherwise (then `load` decides). It calls nothing, so an instance
  /// read in place from a frame slot is not retained around it.
  @inline(__always)
  func cachedLoad(_ instance: PyInstance) -> PyValue? {
    guard instance.layout === layout, index >= 0 else { return nil }
    return instance.value(at: index)
  }

  /// Whether this site already knows that the instance does not have the attribute itself (a
  /// method call then looks in the class). Calls nothing, as `cachedLoad`.
  @inline(__always)
  func isKnownUnset(on instance: PyInstance) -> Bool {
    guard instance.layout === layout else { return false }
    return index < 0 ? instance.layout.count == countWhenMissing : !instance.hasValue(at: index)
  }

  /// `instance.name` if the instance has it (not looking at its class).
  @inline(__always)
  func load(_ instance: PyInstance) -> PyValue? {
    let index = index(in: instance.layout)
    guard index >= 0 else { return nil }
    return instance.value(at: index)
  }

  /// Whether the instance itself has the attribute (a method call then calls it instead).
  @inline(__always)
  func isSet(on instance: PyInstance) -> Bool {
    let index = index(in: instance.layout)
    return index >= 0 && instance.hasValue(at: index)
  }

  /// `instance.name = value` when this site has already resolved the instance's layout and the
  /// name has an index in it; `false` otherwise (then `store` does it).
  @inline(__always)
  func cachedStore(_ value: consuming PyValue, on instance: PyInstance) -> Bool {
    guard instance.layout === layout, index >= 0 else { return false }
    instance.setValue(value, at: index)
    return true
  }

  /// `instance.name = value`.
  @inline(__always)
  func store(_ value: consuming PyValue, on instance: PyInstance) {
    var index = index(in: instance.layout)
    if index < 0 {
      index = instance.layout.add(name)
      _ = resolve(instance.layout)
    }
    instance.setValue(value, at: index)
  }
}
