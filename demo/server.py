# Server-side call to the NetEase CommsEase IM API. Hover the codes.
def explain(resp: dict) -> str:
    code = resp.get("code")
    if code == 414:
        return "check the parameters"
    if code == 408:
        return "timed out, retry"
    return "ok"
