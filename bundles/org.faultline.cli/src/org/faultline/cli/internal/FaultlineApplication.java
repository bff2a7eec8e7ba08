package org.faultline.cli.internal;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.faultline.cli.Faultline;

/** The faultline command line as an Equinox application ({@code org.faultline.cli.faultline}). */
public final class FaultlineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Faultline.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
				args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// a command line runs to its end
	}
}
