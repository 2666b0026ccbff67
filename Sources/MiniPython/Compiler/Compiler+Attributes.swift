/// `obj.name` and `obj.name = value`: instance attributes through a per-site `AttributeCache`,
/// module members through a `MethodCache`, everything else through the interpreter.
extension Compiler {
  func compileAttributeLoad(_ object: Expression, _ name: String) throws(SyntaxError) -> Evaluator {
    let cache = AttributeCache(name)
    let members = MethodCache()
    if case .name(let variable, _) = object, case .slot(let slot) = scope.resolve(variable, globals: globals) {
      // self.W, layer.scale: the instance is read in place, without a copy of the reference.
      let load = compileLoad(variable)
      return { f throws(PyException) in
        if case .instance(let instance)? = f.slots[slot], let found = cache.cachedLoad(instance) { return found }
        return try Compiler.loadAttribute(try load(f), cache, members, f)
      }
    }
    let value = try compile(object)
    return { f throws(PyException) in
      try Compiler.loadAttribute(try value(f), cache, members, f)
    }
  }

  @inline(__always)
  static func loadAttribute(
    _ receiver: PyValue, _ cache: AttributeCache, _ members: MethodCache, _ f: Frame
  ) throws(PyException) -> PyValue {
    switch receiver {
    case .instance(let instance):
      if let found = cache.load(instance) { return found }
    case .module(let module):
      // np.random, np.pi, math.e: remembered while the module's members do not change.
      if let found = members.member(cache.name, of: module) { return found }
    default:
      break
    }
    return try f.interpreter.attribute(receiver, cache.name)
  }

  func compileAttributeStore(_ object: Expression, _ name: String) throws(SyntaxError) -> Store {
    let cache = AttributeCache(name)
    if case .name(let variable, _) = object, case .slot(let slot) = scope.resolve(variable, globals: globals) {
      let load = compileLoad(variable)
      return { f, value throws(PyException) in
        if case .instance(let instance)? = f.slots[slot], cache.cachedStore(value, on: instance) { return }
        let receiver = try load(f)
        if case .instance(let instance) = receiver {
          cache.store(value, on: instance)
        } else {
          try f.interpreter.setAttribute(receiver, name, value)
        }
      }
    }
    let evaluate = try compile(object)
    return { f, value throws(PyException) in
      let receiver = try evaluate(f)
      if case .instance(let instance) = receiver {
        cache.store(value, on: instance)
      } else {
        try f.interpreter.setAttribute(receiver, name, value)
      }
    }
  }
}
