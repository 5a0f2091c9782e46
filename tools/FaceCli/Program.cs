using Platform.Tools.FaceCli;

return CommandLine.Run(args, Console.Out, Console.Error);
