import ArgumentParser
import CohortKit

extension MigrationTiming: ExpressibleByArgument {}
extension OpenAgeClosure: ExpressibleByArgument {}
