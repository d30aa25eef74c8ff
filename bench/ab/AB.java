import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;

/**
 * Two builds of the screener in one JVM, measured in alternating slices, so that the machine's
 * drift falls on both alike. Usage (see run.sh): AB A.jar B.jar ROUNDS SECONDS, with the class
 * directory holding Runner as the fifth argument. Prints each round and the mean ratio B/A.
 */
public class AB {
    public static void main(String[] args) throws Exception {
        String[] jars = {args[0], args[1]};
        int rounds = Integer.parseInt(args[2]);
        double slice = Double.parseDouble(args[3]);
        URL runnerClasses = Path.of(args[4]).toUri().toURL();
        DoubleUnaryOperator[] builds = new DoubleUnaryOperator[2];
        for (int i = 0; i < 2; i++) {
            URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(jars[i]).toUri().toURL(), runnerClasses},
                    ClassLoader.getPlatformClassLoader());
            builds[i] = (DoubleUnaryOperator) cl.loadClass("Runner").getConstructor().newInstance();
        }
        for (int w = 0; w < 3; w++) {
            builds[0].applyAsDouble(3);
            builds[1].applyAsDouble(3);
        }
        double[] sum = new double[2];
        int bFaster = 0;
        for (int k = 0; k < rounds; k++) {
            double a = builds[0].applyAsDouble(slice);
            double b = builds[1].applyAsDouble(slice);
            sum[0] += a;
            sum[1] += b;
            bFaster += b > a ? 1 : 0;
            System.out.printf("%d A %.0f B %.0f  B/A %.3f%n", k, a, b, b / a);
        }
        System.out.printf("mean A %.0f B %.0f ratio %.4f, B faster in %d of %d%n", sum[0] / rounds, sum[1] / rounds,
                sum[1] / sum[0], bFaster, rounds);
    }
}
