package io.gridcharge.sim.ev;

import java.util.SplittableRandom;

/** Vehicle identification numbers (ISO 3779): 17 characters, digits and capitals without I, O and Q. */
public final class Vin {
    private static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    /** World manufacturer identifiers of a few makers of the cars the fleet draws from. */
    private static final String[] MAKERS = {"WVW", "WBA", "5YJ", "VF1", "KNA", "TMB"};

    private Vin() {
    }

    public static boolean isValid(String vin) {
        return vin.length() == 17 && vin.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public static String draw(SplittableRandom random) {
        StringBuilder vin = new StringBuilder(MAKERS[random.nextInt(MAKERS.length)]);
        while (vin.length() < 17) {
            vin.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return vin.toString();
    }

    /** The id token a plug-and-charge car presents: "VID" and its VIN, 20 characters (OCPP 1.6 IdToken). */
    public static String idTag(String vin) {
        return "VID" + vin;
    }
}
