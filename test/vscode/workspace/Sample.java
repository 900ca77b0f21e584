import com.netease.nimlib.sdk.RequestCallback;

public class Sample {
    /** Called by the NIM SDK when sending a message fails. */
    public static String onFailed(int code) {
        if (code == 414) {
            return "Check the message parameters";
        }
        switch (code) {
            case 302:
                return "Wrong account or token";
            case 408:
                return "Timed out";
            default:
                return "Unknown";
        }
    }
}
