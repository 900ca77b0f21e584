import NIMSDK

// Called by the NIM SDK when sending a message fails.
func explain(error: NSError) -> String {
    if error.code == 414 {
        return "check the parameters"
    }
    if error.code == 408 {
        return "timed out"
    }
    return "unknown"
}
