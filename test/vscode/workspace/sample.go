package sample

// Explain maps a CommsEase IM server API code to an action.
func Explain(code int) string {
	switch code {
	case 414:
		return "check the parameters"
	case 302:
		return "wrong account or token"
	}
	if code == 408 {
		return "timed out"
	}
	return "ok"
}
